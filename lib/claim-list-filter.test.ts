import { describe, expect, it } from "vitest";
import { filterClaimList, isClaimListFilter } from "./claim-list-filter";

const claims = [
  { id: "a", exact: "NIST requires disclosure", status: "FLAGGED", finalVerdict: null, noteCount: 0, authorId: "ann" },
  {
    id: "b",
    exact: "The GPL-3.0 protocol adds a clause",
    status: "IN_REVIEW",
    finalVerdict: null,
    noteCount: 2,
    authorId: "bob",
  },
  {
    id: "c",
    exact: "Li Feifei's team replicated it",
    status: "REVIEWED",
    finalVerdict: "FALSE" as const,
    noteCount: 1,
    authorId: "ann",
  },
];
const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe("filterClaimList", () => {
  it("keeps the claims each filter names, in order", () => {
    expect(ids(filterClaimList(claims, "all", "", "ann"))).toEqual(["a", "b", "c"]);
    expect(ids(filterClaimList(claims, "mine", "", "ann"))).toEqual(["a", "c"]);
    expect(ids(filterClaimList(claims, "mine", "", null))).toEqual([]);
    expect(ids(filterClaimList(claims, "needs-note", "", "ann"))).toEqual(["a"]);
    expect(ids(filterClaimList(claims, "in-review", "", "ann"))).toEqual(["b"]);
    expect(ids(filterClaimList(claims, "reviewed", "", "ann"))).toEqual(["c"]);
    expect(ids(filterClaimList(claims, "verdict:FALSE", "", "ann"))).toEqual(["c"]);
  });

  it("searches the quotes' words, ignoring case and accents", () => {
    expect(ids(filterClaimList(claims, "all", "gpl clause", null))).toEqual(["b"]);
    expect(ids(filterClaimList(claims, "all", "FÉIFEI", null))).toEqual(["c"]);
    expect(ids(filterClaimList(claims, "reviewed", "nist", null))).toEqual([]);
  });

  it("knows its filters", () => {
    expect(isClaimListFilter("verdict:MIXED")).toBe(true);
    expect(isClaimListFilter("verdict:MAYBE")).toBe(false);
  });
});
