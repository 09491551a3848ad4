const sentences = new Intl.Segmenter(undefined, { granularity: "sentence" });

/**
 * The sentence of a text that holds a position (Unicode sentence rules, so "、" and "。" work
 * as in Latin text): [start, end) without the spaces after it. A position at the very end
 * counts for the last sentence; an empty or blank text has none.
 */
export function sentenceAt(text: string, offset: number): { start: number; end: number } | null {
  if (!text.trim()) return null;
  const at = Math.min(Math.max(0, offset), text.length - 1);
  const segment = sentences.segment(text).containing(at);
  if (!segment) return null;
  const start = segment.index;
  const end = start + segment.segment.trimEnd().length;
  return end > start ? { start, end } : null;
}
