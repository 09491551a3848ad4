import { describe, expect, it } from "vitest";
import type { ClaimSummary } from "@/lib/data/documents/documents";
import {
  claimOnSpan,
  highlightsOf,
  initialReaderState,
  readerReducer,
  stepTarget,
  type ReaderAction,
} from "./reader-state";

const claim = (id: string, start: number, extra: Partial<ClaimSummary> = {}): ClaimSummary => ({
  id,
  start,
  end: start + 10,
  exact: `words of ${id}`,
  status: "FLAGGED",
  finalVerdict: null,
  noteCount: 0,
  authorId: "ana",
  anchored: true,
  anchorState: "exact",
  sourceChanged: false,
  ...extra,
});
const run = (actions: ReaderAction[], claims = [claim("a", 0), claim("b", 50)]) =>
  actions.reduce(readerReducer, initialReaderState(claims));

describe("the reader's state", () => {
  it("flagging adds the claim in text order, opens it, and asks for a note", () => {
    const state = run([{ type: "claim flagged", claim: claim("c", 20) }]);
    expect(state.claims.map((c) => c.id)).toEqual(["a", "c", "b"]);
    expect(state.activeId).toBe("c");
    expect(state.justFlagged).toBe("c");
    expect(state.message).toEqual({ key: "flagged", tone: "info" });
  });

  it("the note form takes the focus once: reopening the just-flagged claim keeps it, opening another drops it", () => {
    const flagged = run([{ type: "claim flagged", claim: claim("c", 20) }]);
    expect(readerReducer(flagged, { type: "claim opened", id: "c" }).justFlagged).toBe("c");
    const elsewhere = readerReducer(flagged, { type: "claim opened", id: "a" });
    expect(elsewhere.justFlagged).toBeNull();
    expect(elsewhere.message).toBeNull();
  });

  it("a new selection clears a message beside the old one but keeps the panel's", () => {
    const selection = { start: 1, end: 5, outside: false, top: 10, left: 10 };
    const beside = run([
      { type: "message shown", message: { text: "Too long", tone: "error", at: { top: 1, left: 1 } } },
    ]);
    expect(readerReducer(beside, { type: "selection changed", pending: selection }).message).toBeNull();
    const inPanel = run([{ type: "message shown", message: { key: "withdrawn", tone: "info" } }]);
    expect(readerReducer(inPanel, { type: "selection changed", pending: selection }).message?.key).toBe("withdrawn");
    const cleared = readerReducer(readerReducer(inPanel, { type: "selection changed", pending: selection }), {
      type: "selection changed",
      pending: null,
    });
    expect(cleared.pending).toBeNull();
  });

  it("withdrawing closes the claim and says so", () => {
    const state = run([
      { type: "claim opened", id: "a" },
      { type: "claim withdrawn", id: "a" },
    ]);
    expect(state.claims.map((c) => c.id)).toEqual(["b"]);
    expect(state.activeId).toBeNull();
    expect(state.message?.key).toBe("withdrawn");
  });

  it("re-attaching an orphan puts it back in the text at its new place and reloads it", () => {
    const orphan = claim("o", 0, { anchored: false, anchorState: "orphaned" });
    const state = run(
      [
        { type: "claim opened", id: "o" },
        { type: "claim re-attached", id: "o", start: 70, end: 80, exact: "new words" },
      ],
      [orphan, claim("b", 50)],
    );
    expect(state.claims.map((c) => [c.id, c.start, c.anchorState])).toEqual([
      ["b", 50, "exact"],
      ["o", 70, "exact"],
    ]);
    expect(state.reloadKey).toBe(1);
    expect(state.message?.key).toBe("reattached");
  });

  it("a colleague's change to the open claim says who and reloads it; other claims' changes do not", () => {
    const open = run([{ type: "claim opened", id: "a" }]);
    const onOpen = readerReducer(open, { type: "live change arrived", action: "note.create", claimId: "a", by: "Ben" });
    expect(onOpen.liveNotice).toEqual({ claimId: "a", by: "Ben" });
    expect(onOpen.reloadKey).toBe(1);
    expect(readerReducer(open, { type: "live change arrived", action: "note.create", claimId: "b", by: "Ben" })).toBe(
      open,
    );
    expect(
      readerReducer(open, { type: "live change arrived", action: "document.revise", claimId: null, by: "Ben" })
        .newVersionBy,
    ).toBe("Ben");
  });

  it("a status change from the panel changes the claim's highlight, opening a claim does not", () => {
    const before = run([]);
    const opened = readerReducer(before, { type: "claim opened", id: "a" });
    expect(opened.claims).toBe(before.claims);
    const published = readerReducer(opened, {
      type: "claim changed",
      claim: { id: "a", status: "REVIEWED", finalVerdict: "FALSE" },
    });
    expect(highlightsOf(published.claims)[0]!.className).not.toBe(highlightsOf(before.claims)[0]!.className);
  });

  it("draws only claims in the text, and marks fuzzy ones", () => {
    const drawn = highlightsOf([
      claim("a", 0, { anchorState: "fuzzy" }),
      claim("o", 5, { anchored: false, anchorState: "orphaned" }),
    ]);
    expect(drawn.map((h) => h.id)).toEqual(["a"]);
    expect(drawn[0]!.className).toContain("claim-fuzzy");
  });

  it("steps through claims in text order, skipping orphans, and stops at the ends", () => {
    const claims = [claim("a", 0), claim("o", 5, { anchored: false, anchorState: "orphaned" }), claim("b", 50)];
    expect(stepTarget({ claims, activeId: null }, 1)).toBe("a");
    expect(stepTarget({ claims, activeId: null }, -1)).toBe("b");
    expect(stepTarget({ claims, activeId: "a" }, 1)).toBe("b");
    expect(stepTarget({ claims, activeId: "b" }, 1)).toBe("b");
    expect(stepTarget({ claims: [], activeId: null }, 1)).toBeNull();
  });

  it("finds the claim already on exactly a span", () => {
    expect(claimOnSpan([claim("a", 0)], 0, 10)?.id).toBe("a");
    expect(claimOnSpan([claim("a", 0)], 0, 11)).toBeUndefined();
  });
});
