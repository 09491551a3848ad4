import type { DocumentBlock } from "./blocks";

/** Section lines look like "1、 Open Source Spirit: …" (a number and an ideographic comma). */
const SECTION_HEADING = /^\d+、/;

/**
 * Splits a plain-text essay into blocks: the first line is the title (heading level 1),
 * numbered section lines are headings (level 2), every other line is a paragraph.
 * The text of each block is the line exactly as written, so joining the blocks' texts
 * with "\n" gives back the source text (see plainTextOf).
 */
export function parseEssay(source: string): DocumentBlock[] {
  const text = source.replace(/\r\n?/g, "\n").replace(/\n+$/, "");
  return text.split("\n").map((line, index): DocumentBlock => {
    if (index === 0) return { type: "heading", level: 1, text: line };
    if (SECTION_HEADING.test(line)) return { type: "heading", level: 2, text: line };
    return { type: "paragraph", text: line };
  });
}
