/**
 * Rebuilds reading order, lines and paragraphs from a PDF's text items, which come in
 * drawing order with positions (PDF.js getTextContent). Pure: the PDF parsing is in
 * from-pdf.ts. Coordinates are PDF points with y growing upwards (y is the baseline).
 */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  /** Written right to left (pdf.js's reading of its characters): a line of them reads from the right. */
  rtl?: boolean;
}

export interface PdfPage {
  width: number;
  items: PdfTextItem[];
}

export interface PdfParagraph {
  text: string;
  fontSize: number;
}

interface Line {
  y: number;
  x: number;
  /** Where the line's rightmost item ends. */
  end: number;
  /** Most of its items read right to left: its text was joined from the right. */
  rtl: boolean;
  fontSize: number;
  text: string;
}

/** Splits a page's items into reading-order regions: full-width bands, and two columns between them. */
export function readingRegions(items: readonly PdfTextItem[]): PdfTextItem[][] {
  const visible = items.filter((item) => item.str.trim().length > 0);
  if (visible.length < 4) return visible.length ? [visible] : [];
  const gutter = findGutter(visible);
  if (!gutter) return [visible];
  const crossing = (item: PdfTextItem) => item.x < gutter.to && item.x + item.width > gutter.from;
  // Spanning items (titles, full-width paragraphs) cut the page into bands; in each band the
  // left column is read before the right one.
  const regions: PdfTextItem[][] = [];
  const spanning = visible.filter(crossing).sort((a, b) => b.y - a.y);
  const columnItems = visible.filter((item) => !crossing(item));
  const bandEdges = [Infinity, ...spanningBandEdges(spanning), -Infinity];
  for (let band = 0; band < bandEdges.length - 1; band++) {
    const top = bandEdges[band]!;
    const bottom = bandEdges[band + 1]!;
    const inBand = (item: PdfTextItem) => item.y < top && item.y >= bottom;
    const spanningHere = spanning.filter((item) => item.y === top);
    if (spanningHere.length) regions.push(spanningHere);
    const left = columnItems.filter((item) => inBand(item) && item.x + item.width <= gutter.from + 0.5);
    const right = columnItems.filter((item) => inBand(item) && item.x >= gutter.to - 0.5);
    if (left.length) regions.push(left);
    if (right.length) regions.push(right);
  }
  return regions;
}

/** The distinct baselines of spanning items, top to bottom: each starts a band. */
function spanningBandEdges(spanning: readonly PdfTextItem[]): number[] {
  const edges: number[] = [];
  for (const item of spanning) if (!edges.includes(item.y)) edges.push(item.y);
  return edges;
}

/**
 * A vertical strip in the middle of the text that (almost) no item crosses, with text on
 * both sides of it over a good part of the page: the gap between two columns.
 */
function findGutter(items: readonly PdfTextItem[]): { from: number; to: number } | null {
  const minX = Math.floor(Math.min(...items.map((item) => item.x)));
  const maxX = Math.ceil(Math.max(...items.map((item) => item.x + item.width)));
  const span = maxX - minX;
  if (span < 100) return null;
  const coverage = new Array<number>(span + 1).fill(0);
  for (const item of items) {
    for (
      let x = Math.max(0, Math.floor(item.x - minX));
      x <= Math.min(span, Math.ceil(item.x + item.width - minX));
      x++
    )
      coverage[x] = (coverage[x] ?? 0) + 1;
  }
  const lo = Math.floor(span * 0.3);
  const hi = Math.ceil(span * 0.7);
  // The emptiest strip in the middle: with full-width lines above or below the columns it
  // is crossed by those lines only, so the least-covered value marks it, not zero.
  let least = Infinity;
  for (let x = lo; x <= hi; x++) least = Math.min(least, coverage[x] ?? 0);
  if (least > items.length * 0.15) return null;
  let best: { from: number; to: number } | null = null;
  let runStart = -1;
  for (let x = lo; x <= hi + 1; x++) {
    const open = x <= hi && (coverage[x] ?? 0) <= least;
    if (open && runStart < 0) runStart = x;
    if (!open && runStart >= 0) {
      if (!best || x - runStart > best.to - best.from) best = { from: runStart, to: x };
      runStart = -1;
    }
  }
  if (!best || best.to - best.from < 6) return null;
  const from = best.from + minX;
  const to = best.to + minX;
  // Columns are read on lines the strip runs through empty. A line with text across it is a
  // full-width line, however narrow the strip: within one line of Chinese, each character its
  // own item, the widest item left the widest "gap" beside it, and the line was read as two columns.
  const acrossLines = new Set(
    items.filter((item) => item.x < to && item.x + item.width > from).map((item) => Math.round(item.y)),
  );
  const inColumns = items.filter((item) => !acrossLines.has(Math.round(item.y)));
  const leftCount = inColumns.filter((item) => item.x + item.width <= from + 0.5).length;
  const rightCount = inColumns.filter((item) => item.x >= to - 0.5).length;
  return leftCount >= items.length * 0.2 && rightCount >= items.length * 0.2 ? { from, to } : null;
}

/** Groups a region's items into lines (same baseline, within a third of the font size), top to bottom. */
export function linesOf(items: readonly PdfTextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; items: PdfTextItem[] }[] = [];
  for (const item of sorted) {
    const line = lines.find((candidate) => Math.abs(candidate.y - item.y) <= Math.max(1, item.fontSize / 3));
    if (line) line.items.push(item);
    else lines.push({ y: item.y, items: [item] });
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map((line) => {
      const rtl = line.items.filter((item) => item.rtl).length * 2 > line.items.length;
      // Reading order: from the left, or, in Arabic, Hebrew and Persian, from the right.
      const parts = line.items.sort((a, b) => (rtl ? b.x - a.x : a.x - b.x));
      let text = "";
      let edge = rtl ? Infinity : -Infinity;
      for (const part of parts) {
        const gap = rtl ? edge - (part.x + part.width) : part.x - edge;
        if (
          text &&
          gap > part.fontSize * 0.15 &&
          !text.endsWith(" ") &&
          !part.str.startsWith(" ") &&
          !midCluster(text, part.str)
        )
          text += " ";
        text += part.str;
        edge = rtl ? part.x : part.x + part.width;
      }
      const fontSize = Math.max(...parts.map((part) => part.fontSize));
      const x = Math.min(...parts.map((part) => part.x));
      const end = Math.max(...parts.map((part) => part.x + part.width));
      return { y: line.y, x, end, rtl, fontSize, text: text.replace(/\s+/g, " ").trim() };
    })
    .filter((line) => line.text.length > 0);
}

const median = (values: number[]) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * Whether two pieces of a line meet inside one written cluster, where no space can be: after a
 * virama (Hindi "नब्" + "बे" is one word, "नब्बे", however far apart its glyphs were set), or
 * before a combining mark (a vowel sign or a tone mark never starts a word).
 */
const VIRAMA = /[\u094D\u09CD\u0A4D\u0ACD\u0B4D\u0BCD\u0C4D\u0CCD\u0D4D\u0DCA\u0E3A\u1039\u17D2]$/u;
const midCluster = (before: string, after: string) => VIRAMA.test(before) || /^\p{M}/u.test(after);

/** Joins two lines of one paragraph: a hyphen at a line's end before a lower-case letter is a broken word. */
export function joinLines(previous: string, next: string): string {
  if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) return previous.slice(0, -1) + next;
  return `${previous} ${next}`;
}

const endsSentence = (text: string) => /[.!?:;。！？"”’)\]]$/u.test(text);

/**
 * Where a paragraph ends without a wider gap (set solid, as Word and most books print): its
 * last line ends a sentence and either stops well short of the column's right edge, or the
 * next line is indented.
 */
function endsParagraph(previous: Line, next: Line, left: number, right: number): boolean {
  if (!endsSentence(previous.text)) return false;
  // A right-to-left line ends at the left and is indented from the right.
  const shortLine = previous.rtl
    ? previous.x > left + (right - left) * 0.2
    : previous.end < left + (right - left) * 0.8;
  const indented = next.rtl ? next.end < right - next.fontSize * 0.8 : next.x > left + next.fontSize * 0.8;
  return shortLine || indented;
}

/**
 * Pages to paragraphs in reading order. A paragraph ends at a gap clearly wider than the
 * usual line spacing, at a change of font size, or where a short line ending a sentence (or
 * an indented line) shows it; a paragraph cut by a column or page end continues when its last
 * line does not end a sentence and the next starts in lower case.
 */
export function paragraphsOf(pages: readonly PdfPage[]): PdfParagraph[] {
  const paragraphs: PdfParagraph[] = [];
  let open: (PdfParagraph & { lastY: number; region: number }) | null = null;
  let regionId = 0;
  for (const page of pages) {
    for (const region of readingRegions(page.items)) {
      regionId++;
      const lines = linesOf(region);
      const spacings: number[] = [];
      lines.forEach((line, i) => {
        const gap = i > 0 ? lines[i - 1]!.y - line.y : 0;
        if (gap > 0 && gap < line.fontSize * 3) spacings.push(gap);
      });
      const usual = median(spacings) || (lines[0]?.fontSize ?? 10) * 1.2;
      // The column's edges: where most lines start (the leftmost, for right-to-left text), and where the longest ends.
      const mostlyRtl = lines.filter((line) => line.rtl).length * 2 > lines.length;
      const left = mostlyRtl ? Math.min(...lines.map((line) => line.x)) : median(lines.map((line) => line.x));
      const right = Math.max(...lines.map((line) => line.end));
      let previous: Line | null = null;
      for (const line of lines) {
        const sameSize = open !== null && Math.abs(open.fontSize - line.fontSize) <= open.fontSize * 0.12;
        let continues = false;
        if (open && sameSize) {
          if (open.region === regionId)
            continues =
              open.lastY - line.y <= usual * 1.35 && !(previous && endsParagraph(previous, line, left, right));
          else continues = !endsSentence(open.text) && /^\p{Ll}/u.test(line.text);
        }
        previous = line;
        if (open && continues) {
          open.text = joinLines(open.text, line.text);
          open.lastY = line.y;
          open.region = regionId;
        } else {
          if (open) paragraphs.push({ text: open.text, fontSize: open.fontSize });
          open = { text: line.text, fontSize: line.fontSize, lastY: line.y, region: regionId };
        }
      }
    }
  }
  if (open) paragraphs.push({ text: open.text, fontSize: open.fontSize });
  return paragraphs;
}
