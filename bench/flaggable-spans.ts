import { checkSelection } from "../lib/anchoring/selection";

/**
 * Up to `count` distinct spans of `shortest` to `longest` characters that flagging accepts
 * (within one paragraph, three words at least: lib/anchoring/selection.ts), by length then
 * place: every request of a load flags a span of its own, since the same span twice is refused.
 */
export function flaggableSpans(
  text: string,
  count: number,
  shortest = 40,
  longest = 80,
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let length = shortest; length <= longest && spans.length < count; length++)
    for (let start = 0; start + length <= text.length && spans.length < count; start++)
      if (checkSelection(text, start, start + length).ok) spans.push({ start, end: start + length });
  return spans;
}
