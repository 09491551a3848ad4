import { distance } from "fastest-levenshtein";
import type { AnchorState } from "./anchor-state";
import { TextDiffMap } from "./text-diff-map";
import { anchor, type Anchored } from "./anchor";
import type { TextQuoteSelector } from "./types";

export interface AnchorToMove {
  id: string;
  start: number;
  end: number;
  quote: TextQuoteSelector;
}

export type MovedAnchor = { id: string } & Anchored;

/** Edits (as a share of the quote's length) a lightly reworded claim may have and still be found. */
export const FUZZY_MAX_ERROR_RATIO = 0.3;

/** How far around its mapped place a claim's quote is searched for first (characters each side). */
const NEAR_WINDOW = 2000;

function moveOne(map: TextDiffMap, newText: string, moving: AnchorToMove): MovedAnchor {
  const { quote, id } = moving;
  // 1. Map the offsets through the diff; the same words there: exact.
  const start = map.map(moving.start, "after");
  const end = Math.max(start, map.map(moving.end, "before"));
  if (newText.slice(start, end) === quote.exact) return { id, state: "exact", start, end };

  const fuzzy = { maxErrorRatio: FUZZY_MAX_ERROR_RATIO };
  const maxErrors = Math.floor(quote.exact.length * FUZZY_MAX_ERROR_RATIO);
  // 2. Search for the quote with its context near the mapped place, then anywhere.
  const from = Math.max(0, start - NEAR_WINDOW);
  const to = Math.min(newText.length, end + NEAR_WINDOW);
  const nearby = anchor(newText.slice(from, to), { quote }, { ...fuzzy, hint: start - from });
  const near = nearby.state === "orphaned" ? null : { start: nearby.start + from, end: nearby.end + from };
  if (near && nearby.state === "exact") return { id, state: "exact", ...near };
  // Two answers for lightly edited words: the mapped stretch (its edges are where the
  // unchanged text around it says) and the closest approximate match; the fewer edits wins,
  // the mapped stretch on a tie.
  const mappedErrors = end > start ? distance(newText.slice(start, end), quote.exact) : Infinity;
  const nearErrors = near ? distance(newText.slice(near.start, near.end), quote.exact) : Infinity;
  if (Math.min(mappedErrors, nearErrors) <= maxErrors) {
    return mappedErrors <= nearErrors ? { id, state: "fuzzy", start, end } : { id, state: "fuzzy", ...near! };
  }
  const anywhere = anchor(newText, { quote }, { ...fuzzy, hint: start });
  // 3. Found elsewhere, or the words are gone.
  return { id, ...anywhere };
}

/**
 * Moves claims from one revision's plain text to the next: offsets mapped through a
 * character diff and kept when the words there are still the quote (exact); otherwise the
 * quote searched for with its prefix and suffix near the mapped place (exact when found
 * as is, fuzzy when found with changes); otherwise orphaned.
 */
export function reanchor(oldText: string, newText: string, anchors: readonly AnchorToMove[]): MovedAnchor[] {
  const map = new TextDiffMap(oldText, newText);
  return anchors.map((anchor) => moveOne(map, newText, anchor));
}

export type { AnchorState };
