import { describe, expect, it } from "vitest";
import { krippendorffAlpha, proposedVerdicts, verdictAgreement, verdictRank } from "./agreement";

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four
// observers, twelve units, values 1–5, with missing values. Published results:
// nominal 0.743, ordinal 0.815, interval 0.849.
const A = [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null];
const B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3];
const C = [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null];
const D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null];
const literatureUnits = A.map((_, u) => [A[u], B[u], C[u], D[u]].filter((v): v is number => v !== null));

describe("krippendorffAlpha", () => {
  it("reproduces the published values of Krippendorff's worked example", () => {
    expect(krippendorffAlpha(literatureUnits, "nominal")).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(literatureUnits, "ordinal")).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(literatureUnits, "interval")).toBeCloseTo(0.849, 3);
  });

  it("is 1 for perfect agreement with variation between units", () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1],
          [3, 3],
          [5, 5, 5],
        ],
        "ordinal",
      ),
    ).toBe(1);
  });

  it("is below 0 for systematic disagreement", () => {
    expect(
      krippendorffAlpha(
        [
          [1, 5],
          [5, 1],
          [1, 5],
        ],
        "ordinal",
      )!,
    ).toBeLessThan(0);
  });

  it("is undefined without pairable values or without variation", () => {
    expect(krippendorffAlpha([[1], [2]], "ordinal")).toBeNull();
    expect(
      krippendorffAlpha(
        [
          [2, 2],
          [2, 2],
        ],
        "ordinal",
      ),
    ).toBeNull();
  });

  it("matches a hand-computed two-coder ordinal case", () => {
    // Units (1,1), (2,3), (3,3): n = 6, n_1 = 2, n_2 = 1, n_3 = 3.
    // δ²(2,3) = (1 + 3 - 2)^2 = 4; δ²(1,2) = (2 + 1 - 1.5)^2 = 2.25; δ²(1,3) = (6 - 2.5)^2 = 12.25.
    // Observed Σ o δ² = 2 · 4 = 8; expected Σ n_c n_k δ² = 2·(2·1·2.25 + 2·3·12.25 + 1·3·4) = 180.
    // alpha = 1 - 5 · 8 / 180 = 0.7778.
    expect(
      krippendorffAlpha(
        [
          [1, 1],
          [2, 3],
          [3, 3],
        ],
        "ordinal",
      ),
    ).toBeCloseTo(1 - 40 / 180, 10);
  });
});

describe("verdict agreement", () => {
  it("treats Unverifiable as missing and needs two rated notes per claim", () => {
    expect(verdictRank("UNVERIFIABLE")).toBeNull();
    expect(verdictRank("FALSE")).toBe(0);
    expect(verdictRank("TRUE")).toBe(4);
    const result = verdictAgreement([
      ["FALSE", "FALSE"],
      ["TRUE", "MOSTLY_TRUE"],
      ["MIXED", "UNVERIFIABLE"], // one rated value: not pairable
    ]);
    expect(result.claims).toBe(2);
    expect(result.notes).toBe(4);
    expect(result.alpha!).toBeGreaterThan(0.5);
  });

  it("counts proposals most frequent first, in scale order among equals, whatever the note order", () => {
    expect(proposedVerdicts(["FALSE", "MIXED", "FALSE", "TRUE", "not a verdict"])).toEqual([
      { verdict: "FALSE", count: 2 },
      { verdict: "TRUE", count: 1 },
      { verdict: "MIXED", count: 1 },
    ]);
  });
});
