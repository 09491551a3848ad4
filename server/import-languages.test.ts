import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { documentLanguages } from "@/lib/document/block-languages";
import { importSource } from "@/lib/import/import-source";
import { buildDocx } from "@/lib/import/test-fixtures";
import { LANGUAGE_SAMPLES } from "@/lib/text/fixtures/language-samples";

/**
 * Each fixture language as a desk receives it: plain text, Markdown, an HTML page in the
 * legacy character set its country's sites used, a Word file, and a PDF printed with the app's
 * bundled fonts. Each comes back with its words intact and read as its language.
 */
const LEGACY_CHARSETS: Record<string, string> = {
  en: "windows-1252",
  es: "windows-1252",
  fr: "windows-1252",
  pt: "windows-1252",
  de: "windows-1252",
  ar: "windows-1256",
  fa: "utf-8", // Windows-1256 has no Persian yeh (ی): Persian pages are UTF-8
  he: "windows-1255",
  zh: "gb18030",
  ja: "shift_jis",
  ko: "euc-kr",
  th: "windows-874",
  ru: "koi8-r",
  hi: "utf-8",
};

const env = { allowPrivateHosts: false };
// Spaces, and invisible breaks a form may add between words. Persian's zero-width non-joiner
// ("جابه‌جا") is a letter of the word: it must arrive, in a PDF too (where it has no glyph).
const squeeze = (text: string) => text.replace(/[\s\u200B\u2060\uFEFF]+/g, "");

/** What came in: its text (whitespace aside, as PDF and Word may space it) and its language. */
async function read(fileName: string, bytes: Uint8Array) {
  const imported = await importSource({ kind: "file", fileName, bytes }, env);
  return {
    text: squeeze(imported.plainText),
    words: imported.plainText.split(/\s+/),
    language: documentLanguages(imported.doc).document,
  };
}

/** Languages written without spaces between words. */
const NOT_SPACED = new Set(["zh", "ja", "th"]);

/**
 * The print's fonts: the app's bundled ones for every script (as reports print), the machine's
 * serif last. Left to the machine alone, a machine without a CJK font printed those characters
 * as missing glyphs, which read back as nothing.
 */
const PRINT_FONTS =
  '"Noto Sans SC", "Noto Sans KR", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "Noto Sans Thai", serif';

describe("documents in fourteen languages, in every form they arrive in", () => {
  let htmlToPdf: typeof import("./pdf").htmlToPdf;
  beforeAll(async () => {
    process.env.NEXTAUTH_SECRET ??= "a-test-secret-long-enough";
    ({ htmlToPdf } = await import("./pdf"));
  });

  it.each(Object.entries(LANGUAGE_SAMPLES))(
    "%s",
    async (language, sample) => {
      const expected = squeeze(sample);
      const charset = LEGACY_CHARSETS[language]!;
      // As its authors write it: right to left where the language is.
      const dir = ["ar", "fa", "he"].includes(language) ? "rtl" : "ltr";
      const html = `<!DOCTYPE html><html lang="${language}" dir="${dir}"><head><meta charset="${charset}"><title>x</title></head><body><p>${sample}</p></body></html>`;
      const forms: [string, Uint8Array][] = [
        ["note.txt", new Uint8Array(Buffer.from(sample))],
        ["note.md", new Uint8Array(Buffer.from(`# ${language}\n\n${sample}`))],
        ["page.html", new Uint8Array(iconv.encode(html, charset))],
        ["draft.docx", await buildDocx({ paragraphs: [sample] })],
        [
          "print.pdf",
          new Uint8Array(
            await htmlToPdf(
              html
                .replace(charset, "utf-8")
                .replace("</head>", `<style>body { font-family: ${PRINT_FONTS}; }</style></head>`),
              `lang-${language}-${Date.now()}`,
              "test",
            ),
          ),
        ],
      ];
      for (const [fileName, bytes] of forms) {
        const found = await read(fileName, bytes);
        expect(found.text, `${language} ${fileName}`).toContain(expected);
        // Every word whole: no space inside one (a Hindi conjunct set apart in the PDF, say).
        if (!NOT_SPACED.has(language))
          expect(found.words, `${language} ${fileName}`).toEqual(expect.arrayContaining(sample.split(/\s+/)));
        if (fileName !== "draft.docx") expect(found.language, `${language} ${fileName}`).toBe(language);
      }
    },
    60_000,
  );
});
