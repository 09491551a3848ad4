/** A sentence of a text with its [start, end) offsets, trailing whitespace excluded. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * Splits text into sentences with the platform's Unicode sentence segmenter (no
 * hand-written rules), trimming the whitespace between them. Used by claim suggestions
 * and by the anchoring tests.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const leading = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) continue;
    const start = index + leading;
    spans.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return spans;
}
