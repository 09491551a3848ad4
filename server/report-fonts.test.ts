import { describe, expect, it } from "vitest";
import { reportFontCss, reportFontCssFor } from "./report-fonts";

const facesOf = (css: string, family?: string) =>
  css.split("@font-face").filter((rule) => rule.includes("font-family") && (!family || rule.includes(`'${family}'`)))
    .length;

const ENGLISH = "<p>The 2023 budget rose by four per cent.</p>";
const SCRIPTS: Record<string, string> = {
  "Noto Sans SC": "事实核查",
  "Noto Sans KR": "사실 확인",
  "Noto Sans Arabic": "التحقق من الحقائق",
  "Noto Sans Hebrew": "בדיקת עובדות",
  "Noto Sans Devanagari": "तथ्य जाँच",
  "Noto Sans Thai": "ตรวจสอบข้อเท็จจริง",
};

describe("the report fonts a text needs", () => {
  it("defines for an English text a small share of the faces, its own fonts among them", () => {
    const css = reportFontCssFor(ENGLISH);
    expect(facesOf(css)).toBeLessThan(facesOf(reportFontCss()) / 10);
    expect(facesOf(css, "Source Serif 4")).toBeGreaterThan(0);
    expect(facesOf(css, "Noto Sans")).toBeGreaterThan(0);
  });

  it("adds the faces of each script a text holds, and only the ranges of its characters", () => {
    const english = reportFontCssFor(ENGLISH);
    for (const [family, sample] of Object.entries(SCRIPTS)) {
      const css = reportFontCssFor(ENGLISH + sample);
      expect(facesOf(css, family), family).toBeGreaterThan(facesOf(english, family));
      // Never the whole font: Chinese and Korean come in about a hundred ranges each.
      expect(facesOf(css, family), family).toBeLessThan(facesOf(reportFontCss(), family));
    }
    expect(facesOf(reportFontCssFor(ENGLISH + SCRIPTS["Noto Sans SC"]), "Noto Sans SC")).toBeLessThanOrEqual(
      facesOf(english, "Noto Sans SC") + 4,
    );
  });
});
