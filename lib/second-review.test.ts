import { describe, expect, it } from "vitest";
import { checkSecondReview, type EvidenceNote } from "./second-review";

const claimAt = new Date("2026-11-01T12:00:00Z");
const claim = { authorId: "flagger", createdAt: claimAt };
const before = new Date("2026-10-01T00:00:00Z");
const after = new Date("2026-11-02T00:00:00Z");
const note = (over: Partial<EvidenceNote>): EvidenceNote => ({
  authorId: "ana",
  authorRole: "ANNOTATOR",
  authorJoinedAt: before,
  sourceCount: 1,
  ...over,
});

describe("checkSecondReview", () => {
  it("lets a reviewer settle a claim someone else backed with a sourced note", () => {
    expect(checkSecondReview(claim, [note({})], "rita")).toEqual({ ok: true });
    expect(checkSecondReview(claim, [note({ authorRole: "REVIEWER", authorJoinedAt: after })], "rita")).toEqual({
      ok: true,
    });
  });

  it("refuses the person who flagged the claim", () => {
    expect(checkSecondReview(claim, [note({})], "flagger")).toMatchObject({
      ok: false,
      reason: expect.stringContaining("You flagged"),
    });
  });

  it("refuses a claim with no notes, or only notes without sources", () => {
    expect(checkSecondReview(claim, [], "rita").ok).toBe(false);
    expect(checkSecondReview(claim, [note({ sourceCount: 0 })], "rita").ok).toBe(false);
  });

  it("does not count the settler's own notes", () => {
    expect(checkSecondReview(claim, [note({ authorId: "rita", authorRole: "REVIEWER" })], "rita").ok).toBe(false);
  });

  it("does not count a throw-away annotator account made after the claim", () => {
    expect(checkSecondReview(claim, [note({ authorId: "sock", authorJoinedAt: after })], "rita")).toMatchObject({
      ok: false,
      reason: expect.stringContaining("older than the claim"),
    });
  });
});
