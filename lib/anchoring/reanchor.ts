import { distance } from "fastest-levenshtein";
import type { AnchorState } from "./anchor-state";
import { TextDiffMap } from "./text-diff-map";
import { matchQuote } from "./text-quote";
import type { TextQuoteSelector } from "./types";

export interface AnchorToMove {
  id: string;
  start: number;
  end: number;
  quote: TextQuoteSelector;
}

export type MovedAnchor =
  { id: string; state: "exact" | "fuzzy"; start: number; end: number } | { id: string; state: "orphaned" };

/** Edits (as a share of the quote's length) a lightly reworded claim may have and still be found. */
export const FUZZY_MAX_ERROR_RATIO = 0.3;

/** How far around its mapped place a claim's quote is searched for first (characters each side). */
const NEAR_WINDOW = 2000;

function moveOne(map: TextDiffMap, newText: string, anchor: AnchorToMove): MovedAnchor {
  const { exact } = anchor.quote;
  // 1. Map the offsets through the diff; the same words there: exact.
  const start = map.map(anchor.start, "after");
  const end = Math.max(start, map.map(anchor.end, "before"));
  if (newText.slice(start, end) === exact) return { id: anchor.id, state: "exact", start, end };

  const maxErrors = Math.floor(exact.length * FUZZY_MAX_ERROR_RATIO);
  // 2. Search for the quote with its context near the mapped place, then anywhere.
  const from = Math.max(0, start - NEAR_WINDOW);
  const to = Math.min(newText.length, end + NEAR_WINDOW);
  const near = matchQuote(newText.slice(from, to), anchor.quote, start - from, FUZZY_MAX_ERROR_RATIO);
  if (near?.errors === 0) return { id: anchor.id, state: "exact", start: near.start + from, end: near.end + from };
  // Two answers for lightly edited words: the mapped stretch (its edges are where the
  // unchanged text around it says) and the closest approximate match; the fewer edits wins,
  // the mapped stretch on a tie.
  const mappedErrors = end > start ? distance(newText.slice(start, end), exact) : Infinity;
  const nearErrors = near ? distance(newText.slice(near.start + from, near.end + from), exact) : Infinity;
  if (Math.min(mappedErrors, nearErrors) <= maxErrors) {
    return mappedErrors <= nearErrors
      ? { id: anchor.id, state: "fuzzy", start, end }
      : { id: anchor.id, state: "fuzzy", start: near!.start + from, end: near!.end + from };
  }
  const anywhere = matchQuote(newText, anchor.quote, start, FUZZY_MAX_ERROR_RATIO);
  if (anywhere)
    return {
      id: anchor.id,
      state: anywhere.errors === 0 ? "exact" : "fuzzy",
      start: anywhere.start,
      end: anywhere.end,
    };
  // 3. The words are gone.
  return { id: anchor.id, state: "orphaned" };
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
