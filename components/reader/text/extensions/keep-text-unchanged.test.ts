import { describe, expect, it } from "vitest";
import { TextSelection } from "@tiptap/pm/state";
import { keepTextUnchangedPlugin } from "./keep-text-unchanged";
import { claimHighlightsKey, claimHighlightsPlugin } from "./claim-highlights";
import { stateOf } from "./test-editor-state";

describe("keep the reader's text unchanged", () => {
  const state = stateOf(["The essay's text."], [keepTextUnchangedPlugin(), claimHighlightsPlugin([])]);

  it("drops typing, deleting and replacing", () => {
    for (const tr of [
      state.tr.insertText("x", 1),
      state.tr.delete(1, 4),
      state.tr.replaceWith(1, 4, state.schema.text("A")),
    ]) {
      const result = state.applyTransaction(tr);
      expect(result.state.doc.textContent).toBe("The essay's text.");
      expect(result.transactions).toHaveLength(0);
    }
  });

  it("lets selections and highlights through", () => {
    const selected = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 1, 4)));
    expect(selected.selection.from).toBe(1);
    expect(selected.selection.to).toBe(4);
    const highlighted = selected.apply(
      selected.tr.setMeta(claimHighlightsKey, [{ id: "a", start: 0, end: 3, className: "", describedBy: "" }]),
    );
    expect(claimHighlightsKey.getState(highlighted)!.decorations.find()).toHaveLength(1);
  });
});
