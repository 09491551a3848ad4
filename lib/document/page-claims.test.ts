import { describe, expect, it } from "vitest";
import type { ClaimSummary } from "../data/documents/documents";
import { summaryQuote } from "./summary-quote";
import { compactPageClaims, fullPageClaims } from "./page-claims";

const text = "The council said ridership rose 4 percent in 2025.\n" + "Fares ".repeat(40) + "rose too.";
const claim = (id: string, start: number, end: number, changes: Partial<ClaimSummary> = {}): ClaimSummary => ({
  id,
  start,
  end,
  exact: summaryQuote(text.slice(start, end)),
  status: "FLAGGED",
  finalVerdict: null,
  noteCount: 0,
  authorId: "author-1",
  anchored: true,
  anchorState: "exact",
  sourceChanged: false,
  ...changes,
});

describe("the reader page's claims without what the reader can work out", () => {
  const claims = [
    claim("a", 0, 17),
    claim("long", 51, text.length), // over the list's 140 characters: cut with "…"
    claim("orphan", 0, 17, {
      exact: "A sentence the new version no longer has.",
      anchored: false,
      anchorState: "orphaned",
    }),
    claim("reviewed", 18, 50, { status: "REVIEWED", finalVerdict: "FALSE", noteCount: 2, sourceChanged: true }),
    claim("fuzzy", 18, 50, { status: "IN_REVIEW", noteCount: 1, anchorState: "fuzzy" }),
  ];

  it("leaves out the quotes the text's own slice gives and the fields at their usual values, and keeps the rest", () => {
    const sent = compactPageClaims(claims, text);
    expect(sent.map((c) => c.exact)).toEqual([
      undefined,
      undefined,
      "A sentence the new version no longer has.",
      undefined,
      undefined,
    ]);
    expect(sent[0]).toEqual({ id: "a", start: 0, end: 17, authorId: "author-1" });
    expect(sent[3]).toEqual({
      id: "reviewed",
      start: 18,
      end: 50,
      authorId: "author-1",
      status: "REVIEWED",
      finalVerdict: "FALSE",
      noteCount: 2,
      sourceChanged: true,
    });
    expect(sent[2]).toMatchObject({ anchored: false, anchorState: "orphaned" });
    expect(sent[4]).toMatchObject({ status: "IN_REVIEW", noteCount: 1, anchorState: "fuzzy" });
    expect(JSON.stringify(sent.slice(0, 2)).length).toBeLessThan(JSON.stringify(claims.slice(0, 2)).length / 3);
  });

  it("gives the reader back the very claims the server had", () => {
    const back = fullPageClaims(compactPageClaims(claims, text), text);
    expect(back).toEqual(claims);
    expect(back[1]!.exact.endsWith("…")).toBe(true);
  });
});
