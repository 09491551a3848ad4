import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { Node as PmNode } from "@tiptap/pm/model";
import { plainOffsetToPm, type BlockExtent } from "@/lib/anchoring/pm-offsets";

/** One claim to highlight, in plain-text offsets (lib/document/blocks.ts plainTextOf). */
export interface ClaimHighlight {
  id: string;
  start: number;
  end: number;
  /** CSS classes that colour the mark by status and verdict. */
  className: string;
  /** Ids of the legend entries that describe the mark (status, verdict) to assistive tech. */
  describedBy: string;
}

export interface ClaimHighlightsOptions {
  /** The claims to draw when the editor is created; later changes go through setClaimHighlights. */
  highlights: ClaimHighlight[];
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    claimHighlights: {
      /** Replaces the highlighted claims (one transaction, no document change). */
      setClaimHighlights: (highlights: ClaimHighlight[]) => ReturnType;
    };
  }
}

export const claimHighlightsKey = new PluginKey<DecorationSet>("claimHighlights");

/**
 * Every textblock's ProseMirror start and text length, in document order, for offset
 * conversion (textblocks inside lists and quotes too: they are the plain text's lines).
 */
export function blockExtentsOf(doc: PmNode): BlockExtent[] {
  const blocks: BlockExtent[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    blocks.push({ pmStart: pos, length: node.textContent.length });
    return false;
  });
  return blocks;
}

function decorationsFor(doc: PmNode, highlights: readonly ClaimHighlight[]): DecorationSet {
  const blocks = blockExtentsOf(doc);
  const decorations = highlights.map((h) =>
    Decoration.inline(
      plainOffsetToPm(blocks, h.start),
      plainOffsetToPm(blocks, h.end),
      {
        nodeName: "mark",
        class: `claim-mark ${h.className}`,
        "data-claim-id": h.id,
        "aria-describedby": h.describedBy,
        // Reached by the keyboard through one roving tab stop (components/reader/roving-highlights.ts).
        tabindex: "-1",
      },
      // Wider claims first, so a claim inside another is drawn as the inner mark.
      { inclusiveStart: false, inclusiveEnd: false, claimId: h.id },
    ),
  );
  return DecorationSet.create(doc, decorations);
}

/**
 * Draws claims as <mark data-claim-id> decorations over the read-only document. Decorations
 * (not marks in the document) keep the stored text untouched and let claims overlap: each
 * stays visible as its own nested <mark>. The set is rebuilt only when the claims change.
 */
export const ClaimHighlights = Extension.create<ClaimHighlightsOptions>({
  name: "claimHighlights",

  addOptions() {
    return { highlights: [] };
  },

  addCommands() {
    return {
      setClaimHighlights:
        (highlights) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(claimHighlightsKey, highlights).setMeta("addToHistory", false);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const initial = this.options.highlights;
    return [
      new Plugin<DecorationSet>({
        key: claimHighlightsKey,
        state: {
          init: (_, state) => decorationsFor(state.doc, initial),
          apply: (tr, old, _oldState, newState) => {
            const next = tr.getMeta(claimHighlightsKey) as ClaimHighlight[] | undefined;
            if (next) return decorationsFor(newState.doc, next);
            return tr.docChanged ? old.map(tr.mapping, tr.doc) : old;
          },
        },
        props: {
          decorations: (state) => claimHighlightsKey.getState(state),
        },
      }),
    ];
  },
});
