import { describe, expect, it } from "vitest";
import { claimHighlightsKey, claimHighlightsPlugin, type ClaimHighlight } from "./claim-highlights";
import { stateOf } from "./test-editor-state";

const TEXT = ["The Act applies from 2026.", "NIST sets the rules for procurement."];
const claim = (id: string, start: number, end: number, className = "status-open"): ClaimHighlight => ({
  id,
  start,
  end,
  className,
  describedBy: "legend-open",
});

function withHighlights(state: ReturnType<typeof stateOf>, highlights: ClaimHighlight[]) {
  return state.apply(state.tr.setMeta(claimHighlightsKey, highlights));
}
const decorationsOf = (state: ReturnType<typeof stateOf>) => claimHighlightsKey.getState(state)!.decorations.find();
const textUnder = (state: ReturnType<typeof stateOf>, id: string) => {
  const d = decorationsOf(state).find((x) => x.spec.claimId === id)!;
  return state.doc.textBetween(d.from, d.to);
};

describe("claim highlights", () => {
  it("draws each claim over its plain-text span, in any paragraph", () => {
    const state = stateOf(TEXT, [claimHighlightsPlugin([claim("a", 4, 7), claim("b", 27, 31)])]);
    expect(textUnder(state, "a")).toBe("Act");
    expect(textUnder(state, "b")).toBe("NIST");
  });

  it("keeps the same decorations when a new list changes nothing visible (opening a claim, a panel refresh)", () => {
    const first = stateOf(TEXT, [claimHighlightsPlugin([claim("a", 4, 7), claim("b", 27, 31)])]);
    const before = claimHighlightsKey.getState(first);
    const after = withHighlights(first, [claim("a", 4, 7), claim("b", 27, 31)]);
    expect(claimHighlightsKey.getState(after)).toBe(before);
  });

  it("redraws only the claim whose look changed", () => {
    const first = stateOf(TEXT, [claimHighlightsPlugin([claim("a", 4, 7), claim("b", 27, 31)])]);
    // find() copies positions out of the set; the decoration's type is the drawn object itself.
    const typeOf = (d: unknown) => (d as { type: object }).type;
    const untouched = typeOf(decorationsOf(first).find((d) => d.spec.claimId === "b"));
    const after = withHighlights(first, [claim("a", 4, 7, "status-published verdict-false"), claim("b", 27, 31)]);
    const drawn = decorationsOf(after);
    expect(drawn).toHaveLength(2);
    expect(typeOf(drawn.find((d) => d.spec.claimId === "b"))).toBe(untouched);
    expect(typeOf(drawn.find((d) => d.spec.claimId === "a"))).not.toBe(
      typeOf(decorationsOf(first).find((d) => d.spec.claimId === "a")),
    );
    expect(textUnder(after, "a")).toBe("Act");
    // The new look is what the browser will draw.
    const a = drawn.find((d) => d.spec.claimId === "a") as unknown as { type: { attrs: { class: string } } };
    expect(a.type.attrs.class).toContain("verdict-false");
  });

  it("adds a flagged claim, moves a re-attached one and removes a withdrawn one", () => {
    const first = stateOf(TEXT, [claimHighlightsPlugin([claim("a", 4, 7), claim("b", 27, 31)])]);
    const after = withHighlights(first, [claim("b", 32, 36), claim("c", 0, 3)]);
    expect(
      decorationsOf(after)
        .map((d) => d.spec.claimId)
        .sort(),
    ).toEqual(["b", "c"]);
    expect(textUnder(after, "b")).toBe("sets");
    expect(textUnder(after, "c")).toBe("The");
  });

  it("redraws everything right when most claims change at once", () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${String(i).padStart(3, "0")}`);
    const text = [words.join(" ")];
    const at = (i: number) => i * 8; // every word is 7 letters and a space
    const all = words.map((_, i) => claim(`c${i}`, at(i), at(i) + 7));
    const first = stateOf(text, [claimHighlightsPlugin(all)]);
    const moved = all.map((h, i) => (i % 2 ? { ...h, className: "status-in-review" } : h));
    const after = withHighlights(first, moved);
    expect(decorationsOf(after)).toHaveLength(400);
    expect(textUnder(after, "c399")).toBe("word399");
  });
});
