import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { appRoot } from "./env";

/**
 * The fonts a printed report embeds, shipped in npm packages (@fontsource, OFL-1.1), so a PDF
 * shows every script of its document whatever fonts the machine has: Latin, Greek and Cyrillic
 * (Noto Sans), Chinese and Japanese kana (Noto Sans SC), Korean, Arabic, Hebrew, Devanagari and
 * Thai; Source Serif 4 for the text people read. Each package's files are split by Unicode
 * range; the print fetches only the ranges its text uses.
 */
const FONT_PACKAGES: readonly { name: string; weights: readonly string[] }[] = [
  { name: "source-serif-4", weights: ["400", "600"] },
  { name: "noto-sans", weights: ["400", "600"] },
  { name: "noto-sans-sc", weights: ["400"] },
  { name: "noto-sans-kr", weights: ["400"] },
  { name: "noto-sans-arabic", weights: ["400"] },
  { name: "noto-sans-hebrew", weights: ["400"] },
  { name: "noto-sans-devanagari", weights: ["400"] },
  { name: "noto-sans-thai", weights: ["400"] },
];

/** An address no network answers: the print's requests for it are answered from the packages (serveReportFonts). */
const FONT_ORIGIN = "https://fonts.claimmark.invalid";

const packageFolder = (name: string) => path.join(appRoot(), "node_modules", "@fontsource", name);

const cssByOrigin = new Map<string, string>();

/**
 * The @font-face rules of every report font, with their files under `origin` (read once per
 * origin): FONT_ORIGIN for a print, answered by serveReportFonts; "/fonts" for public pages,
 * answered by the app's /fonts route (fontFile).
 */
export function reportFontCss(origin = FONT_ORIGIN): string {
  let css = cssByOrigin.get(origin);
  if (css === undefined) {
    css = FONT_PACKAGES.flatMap(({ name, weights }) =>
      weights.map((weight) =>
        readFileSync(path.join(packageFolder(name), `${weight}.css`), "utf8")
          // WOFF2 only: every Chromium reads it, and a WOFF fallback would be fetched for nothing.
          .replace(/, url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/g, "")
          .replace(/url\(\.\/files\//g, `url(${origin}/${name}/`),
      ),
    ).join("\n");
    cssByOrigin.set(origin, css);
  }
  return css;
}

type CodeRange = readonly [number, number];

/** "U+4e00-9fff", "U+0025", "U+4??" as [first, last] code points. */
function rangeOf(token: string): CodeRange {
  const [first, last = first] = token.trim().replace(/^u\+/i, "").split("-");
  return [parseInt(first!.replace(/\?/g, "0"), 16), parseInt(last!.replace(/\?/g, "f"), 16)];
}

const facesByOrigin = new Map<string, { rule: string; ranges: CodeRange[] | null }[]>();

/**
 * The @font-face rules a text needs: those whose unicode-range holds one of its characters (and
 * any without a range). A print that defined all of them (over 260 faces, the Chinese and Korean
 * fonts split into about a hundred ranges each) took 3.4 s to load a 2,000-claim report, against
 * 1.7 s with the faces its text needs; Chromium still fetches only the files it draws from.
 */
export function reportFontCssFor(text: string, origin = FONT_ORIGIN): string {
  let faces = facesByOrigin.get(origin);
  if (!faces) {
    faces = (reportFontCss(origin).match(/@font-face\s*{[^}]*}/g) ?? []).map((rule) => {
      const ranges = /unicode-range:\s*([^;}]+)/.exec(rule)?.[1];
      return { rule, ranges: ranges ? ranges.split(",").map(rangeOf) : null };
    });
    facesByOrigin.set(origin, faces);
  }
  const used = new Set<number>();
  for (const character of text) used.add(character.codePointAt(0)!);
  const points = [...used].sort((a, b) => a - b);
  const holdsOne = ([first, last]: CodeRange) => {
    // The first code point at or after `first`, by halving.
    let low = 0;
    let high = points.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (points[middle]! < first) low = middle + 1;
      else high = middle;
    }
    return low < points.length && points[low]! <= last;
  };
  return faces
    .filter((face) => face.ranges === null || face.ranges.some(holdsOne))
    .map((face) => face.rule)
    .join("\n");
}

/**
 * One font file of the report fonts, or null when the package or the name is not one of theirs:
 * nothing outside them is ever read.
 */
export function fontFile(name: string, file: string): Buffer | null {
  if (!FONT_PACKAGES.some((p) => p.name === name) || !/^[a-z0-9-]+\.woff2$/.test(file)) return null;
  try {
    return readFileSync(path.join(packageFolder(name), "files", file));
  } catch {
    return null;
  }
}

/**
 * Loads a print's or a card's HTML with the report fonts its text needs, their files answered
 * from the packages (serveReportFonts): every script shows, whatever fonts the machine has, and
 * nothing is fetched from a network.
 */
export async function loadWithReportFonts(page: Page, html: string, options: { timeout?: number } = {}): Promise<void> {
  await serveReportFonts(page);
  await page.setContent(html.replace("</head>", `<style>${reportFontCssFor(html)}</style></head>`), {
    waitUntil: "load",
    ...options,
  });
}

/**
 * Answers the page's font requests from the packages on disk. Anything else under FONT_ORIGIN,
 * or a name that is not one of the packages' files, is refused: nothing outside them is read.
 */
async function serveReportFonts(page: Page): Promise<void> {
  await page.route(`${FONT_ORIGIN}/**`, async (route) => {
    const [, name, file] = new URL(route.request().url()).pathname.split("/");
    const body = name && file ? fontFile(name, file) : null;
    if (!body) return route.abort();
    await route.fulfill({ status: 200, contentType: "font/woff2", body });
  });
}
