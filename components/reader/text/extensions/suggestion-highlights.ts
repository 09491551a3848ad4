import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { Node as PmNode } from "@tiptap/pm/model";
import { plainOffsetToPm } from "@/lib/anchoring/pm-offsets";
import { blockExtentsOf } from "./claim-highlights";

/** A suggested claim to underline, in plain-text offsets. */
export interface SuggestionHighlight {
  id: string;
  start: number;
  end: number;
  /** What a screen reader hears on the focusable underline. */
  label: string;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    suggestionHighlights: {
      /** Replaces the underlined suggestions (an empty list removes them all). */
      setSuggestionHighlights: (suggestions: SuggestionHighlight[]) => ReturnType;
    };
  }
}

export const suggestionHighlightsKey = new PluginKey<DecorationSet>("suggestionHighlights");

function decorationsFor(doc: PmNode, suggestions: readonly SuggestionHighlight[]): DecorationSet {
  const blocks = blockExtentsOf(doc);
  return DecorationSet.create(
    doc,
    suggestions.map((s) =>
      Decoration.inline(plainOffsetToPm(blocks, s.start), plainOffsetToPm(blocks, s.end), {
        nodeName: "span",
        class: "suggestion-mark",
        "data-suggestion-id": s.id,
        // Focusable, so a keyboard reaches each suggestion and its popover.
        tabindex: "0",
        role: "button",
        "aria-label": s.label,
        "aria-describedby": "suggestion-legend",
      }),
    ),
  );
}

/** The ProseMirror plugin behind SuggestionHighlights, usable on a bare EditorState (and so in unit tests). */
export function suggestionHighlightsPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: suggestionHighlightsKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, old, _oldState, newState) => {
        const next = tr.getMeta(suggestionHighlightsKey) as SuggestionHighlight[] | undefined;
        if (next) return decorationsFor(newState.doc, next);
        return tr.docChanged ? old.map(tr.mapping, tr.doc) : old;
      },
    },
    props: { decorations: (state) => suggestionHighlightsKey.getState(state) },
  });
}

/**
 * Underlines suggested claims (check-worthy sentences) as decorations, apart from the claim
 * highlights: a wavy underline and no background, so they never read as flagged claims.
 */
export const SuggestionHighlights = Extension.create({
  name: "suggestionHighlights",

  addCommands() {
    return {
      setSuggestionHighlights:
        (suggestions) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(suggestionHighlightsKey, suggestions).setMeta("addToHistory", false);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [suggestionHighlightsPlugin()];
  },
});
