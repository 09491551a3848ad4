import type { Textblock, TiptapMark } from "./blocks";

/** A highlighted range of the plain text (lib/document/blocks.ts plainTextOfDoc). */
export interface PlainRange {
  start: number;
  end: number;
}

/** A run of a textblock's text with one set of author's marks and one set of highlights over it. */
export interface InlineSegment<H extends PlainRange> {
  text: string;
  marks: readonly TiptapMark[];
  /** The highlights covering the whole run, the earliest-starting (then longest) first. */
  highlights: H[];
}

const outerFirst = (a: PlainRange, b: PlainRange) => a.start - b.start || b.end - a.end;

/**
 * Cuts each textblock into runs at its text nodes' edges and at every highlight's edges,
 * in reading order: what the reader draws as nested `<mark>`s before its editor has loaded
 * (components/reader/text/static-document.tsx). Highlights are in plain-text offsets, where
 * textblocks are joined by one "\n"; an empty one draws nothing, as in the editor.
 */
export class HighlightSegmenter<H extends PlainRange> {
  private readonly sorted: H[];
  private next = 0;
  private active: H[] = [];
  private blockStart = 0;

  constructor(highlights: readonly H[]) {
    this.sorted = highlights.filter((h) => h.end > h.start).sort(outerFirst);
  }

  /** The runs of the next textblock in reading order (call once per textblock, in order). */
  segmentsOf(block: Textblock): InlineSegment<H>[] {
    const nodes = block.content ?? [];
    const length = nodes.reduce((sum, node) => sum + node.text.length, 0);
    const start = this.blockStart;
    const end = start + length;
    this.blockStart = end + 1;
    while (this.next < this.sorted.length && this.sorted[this.next]!.start < end)
      this.active.push(this.sorted[this.next++]!);
    this.active = this.active.filter((h) => h.end > start);
    const over = this.active.filter((h) => h.start < end);

    const cuts = new Set<number>([0, length]);
    let offset = 0;
    for (const node of nodes) cuts.add((offset += node.text.length));
    for (const h of over) {
      cuts.add(Math.max(0, h.start - start));
      cuts.add(Math.min(length, h.end - start));
    }
    const edges = [...cuts].sort((a, b) => a - b);

    const segments: InlineSegment<H>[] = [];
    let nodeIndex = 0;
    let nodeStart = 0;
    for (let i = 0; i + 1 < edges.length; i++) {
      const from = edges[i]!;
      const to = edges[i + 1]!;
      while (nodeStart + nodes[nodeIndex]!.text.length <= from) nodeStart += nodes[nodeIndex++]!.text.length;
      const node = nodes[nodeIndex]!;
      segments.push({
        text: node.text.slice(from - nodeStart, to - nodeStart),
        marks: node.marks ?? [],
        highlights: over.filter((h) => h.start <= start + from && h.end >= start + to),
      });
    }
    return segments;
  }
}
