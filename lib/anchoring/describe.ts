import { createTextQuoteSelector } from "./text-quote";
import type { TextPositionSelector, TextQuoteSelector } from "./types";

/**
 * Describes text[start, end) as the W3C selectors a claim keeps, as Hypothesis' `describe`
 * does: its position, and its quote with up to 32 characters of context each side. The
 * reader, the server and the W3C export describe ranges only through here.
 */
export function describe(
  text: string,
  start: number,
  end: number,
): { position: TextPositionSelector; quote: TextQuoteSelector } {
  return {
    position: { type: "TextPositionSelector", start, end },
    quote: createTextQuoteSelector(text, start, end),
  };
}
