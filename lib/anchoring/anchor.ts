import type { AnchorState } from "./anchor-state";
import { matchQuote } from "./text-quote";
import type { TextPositionSelector, TextQuoteSelector } from "./types";

/** A claim's selectors as stored or posted: a position, a quote, or both. */
export interface Selectors {
  position?: Pick<TextPositionSelector, "start" | "end"> | null;
  quote?: TextQuoteSelector | null;
}

/** Where selectors land in a text, in the one vocabulary of anchor states (anchor-state.ts). */
export type Anchored =
  | { state: Extract<AnchorState, "exact" | "fuzzy">; start: number; end: number }
  | { state: Extract<AnchorState, "orphaned"> };

export interface AnchorOptions {
  /** Where to look first (a character offset); by default the position selector's start. */
  hint?: number;
  /** Edits, as a share of the quote's length, a fuzzy match may have (0: exact words only). */
  maxErrorRatio?: number;
}

/**
 * Finds a claim's selectors in a text, as Hypothesis' `anchor` does: the position while it
 * still holds the quote (or, with no quote, while it lies inside the text); else the quote found
 * with its context, near the hint — exact when its words are all there, fuzzy when found with
 * changes; else orphaned. Every caller (the reader, posted annotations, new revisions) asks here.
 */
export function anchor(text: string, selectors: Selectors, options: AnchorOptions = {}): Anchored {
  const { position, quote } = selectors;
  const inText = position && position.start >= 0 && position.end <= text.length && position.start < position.end;
  if (inText && (!quote || text.slice(position.start, position.end) === quote.exact)) {
    return { state: "exact", start: position.start, end: position.end };
  }
  if (!quote) return { state: "orphaned" };
  const match = matchQuote(text, quote, options.hint ?? position?.start, options.maxErrorRatio);
  if (!match) return { state: "orphaned" };
  return { state: match.errors === 0 ? "exact" : "fuzzy", start: match.start, end: match.end };
}
