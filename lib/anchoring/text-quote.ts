import search from "approx-string-match";
import { QUOTE_CONTEXT_LENGTH } from "./context-length";
import type { TextQuoteSelector } from "./types";

/** Builds the TextQuoteSelector for text[start, end), with up to 32 characters of context each side. */
export function createTextQuoteSelector(text: string, start: number, end: number): TextQuoteSelector {
  return {
    type: "TextQuoteSelector",
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: text.slice(end, Math.min(text.length, end + QUOTE_CONTEXT_LENGTH)),
  };
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0 for an exact match of the quote; the edit distance otherwise. */
  errors: number;
}

/** Length of the common suffix of a and b (how well a prefix selector fits before a match). */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Scores a candidate position for the quote: context that still fits counts most, then
 * closeness to where the quote used to be (the hint), as Hypothesis' match-quote does.
 */
function score(text: string, quote: TextQuoteSelector, match: QuoteMatch, hint: number | undefined): number {
  const before = text.slice(Math.max(0, match.start - quote.prefix.length), match.start);
  const after = text.slice(match.end, match.end + quote.suffix.length);
  const quoteWeight = 50;
  const contextWeight = 20;
  const positionWeight = 2;
  const quoteScore = 1 - match.errors / Math.max(1, quote.exact.length);
  const prefixScore = quote.prefix ? commonSuffixLength(before, quote.prefix) / quote.prefix.length : 1;
  const suffixScore = quote.suffix ? commonPrefixLength(after, quote.suffix) / quote.suffix.length : 1;
  const positionScore = hint === undefined ? 1 : 1 - Math.abs(match.start - hint) / Math.max(1, text.length);
  return quoteWeight * quoteScore + contextWeight * (prefixScore + suffixScore) + positionWeight * positionScore;
}

/**
 * Finds the quote in the text: every exact occurrence first (the context and the hint
 * pick among several); when there is none, an approximate match with at most
 * `maxErrorRatio` of the quote's length in edits. Returns null when nothing is close enough.
 */
export function matchQuote(
  text: string,
  quote: TextQuoteSelector,
  hint?: number,
  maxErrorRatio = 0.2,
): QuoteMatch | null {
  if (!quote.exact) return null;
  let candidates: QuoteMatch[] = [];
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    candidates.push({ start: at, end: at + quote.exact.length, errors: 0 });
  }
  if (candidates.length === 0) {
    const maxErrors = Math.floor(quote.exact.length * maxErrorRatio);
    if (maxErrors === 0) return null;
    candidates = search(text, quote.exact, maxErrors);
  }
  let best: QuoteMatch | null = null;
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const s = score(text, quote, candidate, hint);
    if (s > bestScore) {
      best = candidate;
      bestScore = s;
    }
  }
  return best;
}
