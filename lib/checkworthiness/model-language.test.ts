import { describe, expect, it } from "vitest";
import { LANGUAGE_SAMPLES } from "../text/fixtures/language-samples";
import { modelReads } from "./model-language";

describe("modelReads", () => {
  it("lets the English model judge English sentences, short ones and ones with numbers among them", () => {
    expect(modelReads(LANGUAGE_SAMPLES.en!)).toBe(true);
    expect(modelReads("Parliament approved 12 new frigates at a cost of 9 billion euros.")).toBe(true);
    expect(modelReads("GDP rose 2%.")).toBe(true);
  });
  it("keeps out sentences in another script, and Spanish, French, Portuguese and German ones", () => {
    for (const language of ["es", "fr", "pt", "de", "ar", "fa", "he", "zh", "ja", "ko", "hi", "th", "ru"])
      expect(modelReads(LANGUAGE_SAMPLES[language]!), language).toBe(false);
    expect(modelReads("الميناء 2025")).toBe(false);
  });
});
