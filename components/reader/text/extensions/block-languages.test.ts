import { describe, expect, it } from "vitest";
import { stateOf } from "./test-editor-state";
import { blockLanguageDecorations } from "./block-languages";

describe("blockLanguageDecorations", () => {
  it("gives each paragraph its language and direction, in reading order, and leaves unknown ones alone", () => {
    const state = stateOf(["مرحبا بالعالم في الميناء", "The port.", "?"], []);
    const found = blockLanguageDecorations(state.doc, ["ar", "en", null])
      .find()
      .map((d) => ({ from: d.from, attrs: (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs }));
    expect(found).toEqual([
      { from: 0, attrs: { lang: "ar", dir: "rtl" } },
      { from: state.doc.child(0).nodeSize, attrs: { lang: "en", dir: "ltr" } },
    ]);
  });
});
