import { describe } from "./describe";
import type { TextPositionSelector, TextQuoteSelector } from "./types";

/** The longest claim a person may flag, in characters. */
export const MAX_CLAIM_LENGTH = 2000;

export type SelectionCheck =
  { ok: true; position: TextPositionSelector; quote: TextQuoteSelector } | { ok: false; message: string };

/**
 * Checks a selection [start, end) of the document's plain text and, when it can be a claim,
 * returns its two selectors. Both the reader and the server run this, so the message a
 * person sees before flagging is the one the server would give.
 */
export function checkSelection(text: string, start: number, end: number): SelectionCheck {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    return { ok: false, message: "The selection is outside the document. Select text inside the document." };
  }
  if (start === end) return { ok: false, message: "Select the text of the claim first." };
  const exact = text.slice(start, end);
  if (exact.trim() === "")
    return { ok: false, message: "The selection is only whitespace. Select the words of the claim." };
  if (end - start > MAX_CLAIM_LENGTH) {
    return {
      ok: false,
      message: `The selection is ${end - start} characters long; a claim can be at most ${MAX_CLAIM_LENGTH}.`,
    };
  }
  if (exact.trim().includes("\n"))
    return {
      ok: false,
      message: "A claim stays within one paragraph. Select the statement inside a single paragraph.",
    };
  if (!longEnough(exact))
    return {
      ok: false,
      message:
        "A claim is at least three words (or six Chinese, Japanese or Korean characters). Select the whole statement, not a word.",
    };
  return { ok: true, ...describe(text, start, end) };
}

const words = new Intl.Segmenter("en", { granularity: "word" });
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Long enough to state something checkable: three words, or six CJK characters (which have no
 * spaces between words). "GPL-3.0" or "NIST" alone names a thing; it claims nothing.
 */
function longEnough(exact: string): boolean {
  if ([...exact].filter((c) => CJK_CHAR.test(c)).length >= 6) return true;
  // Words of scripts written with spaces; a CJK word is counted by its characters above.
  let count = 0;
  for (const segment of words.segment(exact))
    if (segment.isWordLike && !CJK_CHAR.test(segment.segment) && ++count >= 3) return true;
  return false;
}
