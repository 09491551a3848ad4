import type { PdfTextItem } from "./pdf-layout";

/** PDF.js's text content in drawing order: text, and where marked-content spans begin and end. */
export type PdfTextEvent =
  | { kind: "text"; item: PdfTextItem }
  /** `span`: a `/Span … BDC`, the kind that carries ActualText (not a bare BMC or another tag). */
  | { kind: "begin"; span: boolean }
  | { kind: "end" };

const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
/** Zero-width non-joiner and joiner: drawn as nothing, so their span holds no glyph. */
const JOINERS_ONLY = /^[\u200C\u200D]+$/;
/** How far before the pen a joiner is put, so ordering by position sets it between its neighbours. */
const JOINER_NUDGE = 0.001;

/**
 * A page's text items, each span that carries an ActualText read as that text: its glyphs become
 * one item over the width they covered. `spans` are the page's spans in drawing order
 * (actualTextsByPage); when their count is not the count PDF.js saw (text from a form XObject,
 * an unreadable stream), the page is read as PDF.js read it.
 */
export function withActualText(
  events: readonly PdfTextEvent[],
  spans: readonly (string | null)[] | null,
): PdfTextItem[] {
  const plain = () => events.flatMap((e) => (e.kind === "text" && e.item.str ? [e.item] : []));
  if (!spans || events.filter((e) => e.kind === "begin" && e.span).length !== spans.length) return plain();
  const out: PdfTextItem[] = [];
  // Open marked content, innermost last; an entry with text collects the glyphs drawn inside it.
  const open: ({ text: string; items: PdfTextItem[] } | null)[] = [];
  let next = 0;
  for (const event of events) {
    const collecting = open.find((entry) => entry !== null);
    if (event.kind === "begin") {
      const text = event.span ? spans[next++] : null;
      // Only the outermost ActualText counts: it already says what everything inside stands for.
      open.push(text != null && !collecting ? { text, items: [] } : null);
    } else if (event.kind === "end") {
      const closed = open.pop();
      if (closed) out.push(...merged(closed, out.at(-1)));
    } else if (collecting && event.item.str.trim()) collecting.items.push(event.item);
    // A space stays a space of its own: PDF.js reports the gap before a span inside it.
    else if (event.item.str) out.push(event.item);
  }
  for (const unclosed of open) if (unclosed) out.push(...merged(unclosed, out.at(-1)));
  return out;
}

/**
 * One item for a span's glyphs. A span of a zero-width joiner or non-joiner has no glyph
 * (Chromium prints Persian's "جابه‌جا" so): it becomes an empty-width item where the pen stood,
 * just before the next glyph, so the line reads it between its neighbours in either direction.
 */
function merged({ text, items }: { text: string; items: PdfTextItem[] }, previous?: PdfTextItem): PdfTextItem[] {
  const [first] = items;
  if (!first) {
    if (!previous || !JOINERS_ONLY.test(text)) return [];
    return [{ ...previous, str: text, x: previous.x + previous.width - JOINER_NUDGE, width: 0 }];
  }
  const left = Math.min(...items.map((item) => item.x));
  const right = Math.max(...items.map((item) => item.x + item.width));
  return [{ ...first, str: text, x: left, width: right - left, rtl: STRONG_RTL.test(text) }];
}
