import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { REPORT_CSS } from "@/lib/report/report-css";

const essay = readFileSync(path.join(process.cwd(), "prisma/seed/essay.txt"), "utf8");
const SCRIPTS = {
  arabic: "التحقق من الحقائق",
  hebrew: "בדיקת עובדות",
  devanagari: "तथ्य जाँच",
  thai: "ตรวจสอบข้อเท็จจริง",
  korean: "사실 확인",
  cyrillic: "Проверка фактов",
  chinese: "事实核查",
};

// A machine without Debian's Noto packages: Chromium sees no system font at all, so every
// glyph in the PDF must come from the fonts the app ships (server/report-fonts.ts).
describe("a printed report on a machine without fonts of its own", () => {
  let pdf: typeof import("./pdf");
  const folder = mkdtempSync(path.join(os.tmpdir(), "claimmark-no-fonts-"));
  beforeAll(async () => {
    writeFileSync(
      path.join(folder, "fonts.conf"),
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><cachedir>${folder}/cache</cachedir></fontconfig>`,
    );
    process.env.FONTCONFIG_PATH = folder;
    process.env.NEXTAUTH_SECRET ??= "a-test-secret-long-enough";
    pdf = await import("./pdf");
  });

  it("embeds only the app's fonts and gives back every character of the essay and of seven scripts", async () => {
    const paragraphs = [...essay.split("\n"), ...Object.values(SCRIPTS)]
      .map((line) => `<p>${line.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
      .join("");
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>${REPORT_CSS}</style></head><body><div class="report">${paragraphs}</div></body></html>`;
    const file = path.join(folder, "report.pdf");
    writeFileSync(file, await pdf.htmlToPdf(html, `fonts-${Date.now()}`, "test"));

    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/Noto|SourceSerif4/);
      // The "emb" column: every font is embedded.
      expect(line.split(/\s+/).slice(-5)[0]).toBe("yes");
    }
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    const printed = new Set(text.replace(/\s/g, ""));
    const missing = [...new Set(essay.replace(/\s/g, ""))].filter((c) => !printed.has(c));
    expect(missing).toEqual([]);
    for (const [script, sample] of Object.entries(SCRIPTS))
      expect(
        [...sample.replace(/\s/g, "")].filter((c) => !printed.has(c)),
        script,
      ).toEqual([]);
  }, 90_000);
});
