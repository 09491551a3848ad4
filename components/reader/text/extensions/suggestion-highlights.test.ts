import { describe, expect, it } from "vitest";
import { suggestionHighlightsKey, suggestionHighlightsPlugin } from "./suggestion-highlights";
import { stateOf } from "./test-editor-state";

describe("suggestion highlights", () => {
  it("starts with nothing underlined, underlines the sentences given, and removes them all on an empty list", () => {
    const state = stateOf(["Prices rose 4% in 2025. I like it."], [suggestionHighlightsPlugin()]);
    expect(suggestionHighlightsKey.getState(state)!.find()).toHaveLength(0);
    const on = state.apply(
      state.tr.setMeta(suggestionHighlightsKey, [{ id: "s1", start: 0, end: 23, label: "Suggested claim (high)" }]),
    );
    const [underline] = suggestionHighlightsKey.getState(on)!.find();
    expect(on.doc.textBetween(underline!.from, underline!.to)).toBe("Prices rose 4% in 2025.");
    const attrs = (underline as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
    expect(attrs).toMatchObject({
      role: "button",
      tabindex: "0",
      "aria-label": "Suggested claim (high)",
      "data-suggestion-id": "s1",
    });
    const off = on.apply(on.tr.setMeta(suggestionHighlightsKey, []));
    expect(suggestionHighlightsKey.getState(off)!.find()).toHaveLength(0);
  });
});
