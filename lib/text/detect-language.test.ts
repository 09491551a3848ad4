import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";
import { directionOf, languageName } from "./direction";
import { LANGUAGE_SAMPLES as SAMPLES } from "./fixtures/language-samples";

describe("detectLanguage", () => {
  it.each(Object.entries(SAMPLES))("reads %s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("reads every paragraph of the seeded essay as English, its Chinese punctuation notwithstanding", () => {
    const essay = fs.readFileSync(path.join(__dirname, "../../prisma/seed/essay.txt"), "utf8");
    const paragraphs = essay.split("\n").filter((line) => line.trim().length > 40);
    expect(paragraphs.map(detectLanguage).filter((found) => found !== "en")).toEqual([]);
  });

  it("says nothing of a paragraph too short to tell", () => {
    expect(detectLanguage("1、")).toBeNull();
    expect(detectLanguage("Figure 2")).toBeNull();
  });

  it("gives right-to-left for Arabic, Persian and Hebrew, and names languages in words", () => {
    expect(["ar", "fa", "he", "en", "zh", null].map(directionOf)).toEqual(["rtl", "rtl", "rtl", "ltr", "ltr", "ltr"]);
    expect(languageName("ar")).toBe("Arabic");
  });
});
