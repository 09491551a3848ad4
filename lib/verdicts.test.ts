import { describe, expect, it } from "vitest";
import { isVerdict, parseVerdict, verdictLabel, verdictRating, VERDICTS } from "./verdicts";

describe("verdict scale", () => {
  it("has the six verdicts in order from True to Unverifiable", () => {
    expect(VERDICTS.map(verdictLabel)).toEqual(["True", "Mostly true", "Mixed", "Misleading", "False", "Unverifiable"]);
  });

  it("rates on the published 1–5 scale, with no number for Unverifiable", () => {
    expect(VERDICTS.map(verdictRating)).toEqual([5, 4, 3, 2, 1, null]);
  });

  it("parses words and keys, and refuses anything else", () => {
    expect(parseVerdict("Mostly true")).toBe("MOSTLY_TRUE");
    expect(parseVerdict("false")).toBe("FALSE");
    expect(parseVerdict("mostly-true")).toBe("MOSTLY_TRUE");
    expect(parseVerdict("pants on fire")).toBeNull();
    expect(isVerdict("TRUE")).toBe(true);
    expect(isVerdict("true")).toBe(false);
    expect(isVerdict(5)).toBe(false);
  });
});
