import { describe, expect, it } from "vitest";
import { CLAIM_STATUSES, transition, type ClaimStatus } from "./claim-status";

describe("claim status machine", () => {
  it("moves FLAGGED to IN_REVIEW on the first note, and back when the last note goes", () => {
    expect(transition("FLAGGED", "add-note")).toEqual({ ok: true, status: "IN_REVIEW" });
    expect(transition("IN_REVIEW", "add-note")).toEqual({ ok: true, status: "IN_REVIEW" });
    expect(transition("REVIEWED", "add-note")).toEqual({ ok: true, status: "REVIEWED" });
    expect(transition("IN_REVIEW", "remove-last-note")).toEqual({ ok: true, status: "FLAGGED" });
    expect(transition("REVIEWED", "remove-last-note")).toEqual({ ok: true, status: "REVIEWED" });
    expect(transition("FLAGGED", "remove-last-note")).toEqual({ ok: true, status: "FLAGGED" });
  });

  it("publishes from FLAGGED or IN_REVIEW, never twice", () => {
    expect(transition("FLAGGED", "publish")).toEqual({ ok: true, status: "REVIEWED" });
    expect(transition("IN_REVIEW", "publish")).toEqual({ ok: true, status: "REVIEWED" });
    expect(transition("REVIEWED", "publish")).toMatchObject({ ok: false, message: expect.stringContaining("Reopen") });
  });

  it("reopens only a reviewed claim, back to IN_REVIEW", () => {
    expect(transition("REVIEWED", "reopen")).toEqual({ ok: true, status: "IN_REVIEW" });
    expect(transition("IN_REVIEW", "reopen").ok).toBe(false);
    expect(transition("FLAGGED", "reopen").ok).toBe(false);
  });

  it("sets a status by hand only between FLAGGED and IN_REVIEW", () => {
    const table: [ClaimStatus, ClaimStatus, boolean][] = [];
    for (const from of CLAIM_STATUSES)
      for (const to of CLAIM_STATUSES) table.push([from, to, from !== "REVIEWED" && to !== "REVIEWED"]);
    for (const [from, to, allowed] of table) {
      const result = transition(from, "set-status", to);
      expect(result.ok, `${from} -> ${to}`).toBe(allowed);
      if (result.ok) expect(result.status).toBe(to);
    }
    expect(transition("FLAGGED", "set-status").ok).toBe(false);
  });
});
