import { Extension } from "@tiptap/core";
import { Plugin, PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
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

/** The plugin's state: the decorations, and what each was drawn from (to redraw only what changed). */
export interface ClaimHighlightState {
  decorations: DecorationSet;
  drawn: ReadonlyMap<string, ClaimHighlight>;
  blocks: BlockExtent[];
}

export const claimHighlightsKey = new PluginKey<ClaimHighlightState>("claimHighlights");

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

function decorationOf(blocks: BlockExtent[], h: ClaimHighlight): Decoration {
  return Decoration.inline(
    plainOffsetToPm(blocks, h.start),
    plainOffsetToPm(blocks, h.end),
    {
      nodeName: "mark",
      class: `claim-mark ${h.className}`,
      "data-claim-id": h.id,
      "aria-describedby": h.describedBy,
      // Reached by the keyboard through one roving tab stop (roving-highlights.ts).
      tabindex: "-1",
    },
    { inclusiveStart: false, inclusiveEnd: false, claimId: h.id },
  );
}

const sameLook = (a: ClaimHighlight, b: ClaimHighlight) =>
  a.start === b.start && a.end === b.end && a.className === b.className && a.describedBy === b.describedBy;

function drawAll(doc: PmNode, blocks: BlockExtent[], highlights: readonly ClaimHighlight[]): ClaimHighlightState {
  return {
    decorations: DecorationSet.create(
      doc,
      highlights.map((h) => decorationOf(blocks, h)),
    ),
    drawn: new Map(highlights.map((h) => [h.id, h])),
    blocks,
  };
}

/** Past this many changed claims, one fresh set costs less than many removals and additions. */
const REDRAW_ALL_ABOVE = 200;

/**
 * The next state for a new list of highlights: the same state object when nothing a person
 * would see changed (so ProseMirror redraws nothing), else only the changed claims' marks.
 */
export function nextHighlightState(
  doc: PmNode,
  old: ClaimHighlightState,
  next: readonly ClaimHighlight[],
): ClaimHighlightState {
  const nextById = new Map(next.map((h) => [h.id, h]));
  const stale = new Set<string>();
  for (const [id, drawn] of old.drawn) {
    const wanted = nextById.get(id);
    if (!wanted || !sameLook(drawn, wanted)) stale.add(id);
  }
  const fresh = next.filter((h) => {
    const drawn = old.drawn.get(h.id);
    return !drawn || stale.has(h.id);
  });
  if (stale.size === 0 && fresh.length === 0) return old;
  if (stale.size + fresh.length > REDRAW_ALL_ABOVE) return drawAll(doc, old.blocks, next);
  const removed = stale.size
    ? old.decorations.find(undefined, undefined, (spec) => stale.has(spec.claimId as string))
    : [];
  const decorations = old.decorations.remove(removed).add(
    doc,
    fresh.map((h) => decorationOf(old.blocks, h)),
  );
  return { decorations, drawn: nextById, blocks: old.blocks };
}

function applyHighlights(tr: Transaction, old: ClaimHighlightState, newState: EditorState): ClaimHighlightState {
  const next = tr.getMeta(claimHighlightsKey) as ClaimHighlight[] | undefined;
  if (next) return nextHighlightState(newState.doc, old, next);
  // The reader's text never changes (keep-text-unchanged.ts); should it, marks follow the text.
  if (!tr.docChanged) return old;
  return { ...old, decorations: old.decorations.map(tr.mapping, tr.doc), blocks: blockExtentsOf(tr.doc) };
}

/** The ProseMirror plugin behind ClaimHighlights, usable on a bare EditorState (and so in unit tests). */
export function claimHighlightsPlugin(initial: readonly ClaimHighlight[]): Plugin<ClaimHighlightState> {
  return new Plugin<ClaimHighlightState>({
    key: claimHighlightsKey,
    state: {
      init: (_, state) => drawAll(state.doc, blockExtentsOf(state.doc), initial),
      apply: applyHighlights,
    },
    props: {
      decorations: (state) => claimHighlightsKey.getState(state)?.decorations,
    },
  });
}

/**
 * Draws claims as <mark data-claim-id> decorations over the read-only document. Decorations
 * (not marks in the document) keep the stored text untouched and let claims overlap: each
 * stays visible as its own nested <mark>. A new list redraws only the claims whose place or
 * look changed: opening a claim, or a panel refresh that changes nothing visible, redraws none.
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
    return [claimHighlightsPlugin(this.options.highlights)];
  },
});
