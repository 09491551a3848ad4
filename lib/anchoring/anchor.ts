import { matchQuote } from "./text-quote";
import type { Anchor, TextPositionSelector, TextQuoteSelector } from "./types";

/**
 * Resolves a stored claim against the document's current plain text. The position
 * selector is trusted only while it still spans the quoted text; otherwise the quote is
 * searched for (exactly, then approximately), so a claim survives edits around it.
 */
export function resolveAnchor(text: string, position: TextPositionSelector, quote: TextQuoteSelector): Anchor | null {
  const inRange = position.start >= 0 && position.end <= text.length && position.start < position.end;
  if (inRange && text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, method: "position" };
  }
  const match = matchQuote(text, quote, position.start);
  if (!match) return null;
  return { start: match.start, end: match.end, method: match.errors === 0 ? "quote" : "fuzzy" };
}
