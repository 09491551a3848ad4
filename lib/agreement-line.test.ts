import { describe, expect, it } from "vitest";
import { agreementLine } from "./agreement-line";

describe("agreementLine", () => {
  it("calls a tie a split, never a majority", () => {
    expect(agreementLine(["FALSE", "MISLEADING"])).toBe("Agreement: split: 1 False, 1 Misleading.");
    expect(agreementLine(["MISLEADING", "FALSE"])).toBe("Agreement: split: 1 Misleading, 1 False.");
    expect(agreementLine(["TRUE", "FALSE", "FALSE", "TRUE", "MIXED"])).toBe(
      "Agreement: split: 2 True, 2 False, 1 Mixed.",
    );
  });

  it("names a majority with its share and every proposal", () => {
    expect(agreementLine(["FALSE", "FALSE", "MIXED"])).toBe(
      "Agreement: 67% of notes propose False (2 False, 1 Mixed).",
    );
    expect(agreementLine(["TRUE", "TRUE"])).toBe("Agreement: 100% of notes propose True (2 True).");
  });

  it("says nothing about one note or none", () => {
    expect(agreementLine(["TRUE"])).toBeNull();
    expect(agreementLine([])).toBeNull();
  });
});
