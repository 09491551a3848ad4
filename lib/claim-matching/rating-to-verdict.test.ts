import { describe, expect, it } from "vitest";
import { verdictForRating } from "./rating-to-verdict";

describe("verdictForRating", () => {
  it.each([
    ["False", "FALSE"],
    ["Pants on Fire!", "FALSE"],
    ["Mostly False", "MISLEADING"],
    ["Mostly true", "MOSTLY_TRUE"],
    ["Half True", "MIXED"],
    ["Missing context", "MISLEADING"],
    ["TRUE", "TRUE"],
    ["Unproven", "UNVERIFIABLE"],
  ])("reads %s as %s", (rating, verdict) => expect(verdictForRating(rating)).toBe(verdict));

  it("gives no verdict for a rating it cannot read", () => {
    expect(verdictForRating("2 of 5")).toBeNull();
    expect(verdictForRating(null)).toBeNull();
  });
});
