import { describe, expect, it } from "vitest";
import { plainTextOfDoc, textblockTexts, type Textblock, type TiptapBlock, type TiptapDoc } from "./blocks";
import { HighlightSegmenter, type InlineSegment, type PlainRange } from "./highlight-segments";

interface Claim extends PlainRange {
  id: string;
}

const textblocksOf = (blocks: readonly TiptapBlock[]): Textblock[] =>
  blocks.flatMap((b) => (b.type === "heading" || b.type === "paragraph" ? [b] : textblocksOf(b.content)));

function segmentsOfDoc(doc: TiptapDoc, claims: Claim[]): InlineSegment<Claim>[][] {
  const segmenter = new HighlightSegmenter(claims);
  return textblocksOf(doc.content).map((block) => segmenter.segmentsOf(block));
}

/** What a reader sees marked for one claim: its runs' text, "\n" between blocks. */
function markedText(doc: TiptapDoc, segments: InlineSegment<Claim>[][], id: string): string {
  const plain = plainTextOfDoc(doc);
  let offset = 0;
  let first = -1;
  let last = -1;
  segments.forEach((block, b) => {
    for (const segment of block) {
      if (segment.highlights.some((h) => h.id === id)) {
        if (first < 0) first = offset;
        last = offset + segment.text.length;
      }
      offset += segment.text.length;
    }
    if (b < segments.length - 1) offset += 1;
  });
  return first < 0 ? "" : plain.slice(first, last);
}

const doc: TiptapDoc = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 1 }, content: [{ type: "text", text: "Open models" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "NIST buys " },
        { type: "text", text: "open", marks: [{ type: "bold" }] },
        { type: "text", text: " software under ", marks: [] },
        { type: "text", text: "the FAR", marks: [{ type: "link", attrs: { href: "https://example.org/far" } }] },
        { type: "text", text: "." },
      ],
    },
    { type: "paragraph" },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [{ type: "paragraph", content: [{ type: "text", text: "GPL-3.0 is contagious." }] }],
        },
      ],
    },
  ],
};
const plain = plainTextOfDoc(doc);
const at = (words: string): PlainRange => {
  const start = plain.indexOf(words);
  if (start < 0) throw new Error(`no "${words}" in the text`);
  return { start, end: start + words.length };
};

describe("HighlightSegmenter", () => {
  it("keeps every block's text whole and in order, with its author's marks", () => {
    const segments = segmentsOfDoc(doc, [{ id: "a", ...at("buys open software") }]);
    expect(segments.map((block) => block.map((s) => s.text).join(""))).toEqual(textblockTexts(doc));
    const bold = segments[1]!.find((s) => s.text === "open")!;
    expect(bold.marks).toEqual([{ type: "bold" }]);
    expect(segments[1]!.find((s) => s.text === "the FAR")!.marks[0]).toMatchObject({ type: "link" });
  });

  it("marks exactly each claim's words, across the author's marks, overlapping claims and blocks", () => {
    const claims: Claim[] = [
      { id: "across-bold", ...at("buys open software") },
      { id: "overlapping", ...at("software under the FAR.") },
      { id: "inside", ...at("under") },
      { id: "across-blocks", start: at("the FAR").start, end: at("GPL-3.0").end },
      { id: "in-a-list", ...at("contagious") },
    ];
    const segments = segmentsOfDoc(doc, claims);
    for (const claim of claims) {
      // A claim over several blocks is marked in each; the "\n" and the empty block between hold no mark.
      expect(markedText(doc, segments, claim.id)).toBe(plain.slice(claim.start, claim.end));
    }
    const under = segments[1]!.find((s) => s.text === "under")!;
    expect(under.highlights.map((h) => h.id)).toEqual(["overlapping", "inside"]);
    const software = segments[1]!.find((s) => s.text === "software")!;
    expect(software.highlights.map((h) => h.id)).toEqual(["across-bold", "overlapping"]);
    expect(segments[2]).toEqual([]);
  });

  it("draws nothing for an empty claim and leaves unclaimed text unmarked", () => {
    const segments = segmentsOfDoc(doc, [{ id: "empty", start: 3, end: 3 }]);
    expect(segments.flat().every((s) => s.highlights.length === 0)).toBe(true);
    expect(segments[0]).toEqual([{ text: "Open models", marks: [], highlights: [] }]);
  });

  it("takes claims in any order", () => {
    const claims: Claim[] = [
      { id: "late", ...at("contagious") },
      { id: "early", ...at("Open") },
    ];
    const segments = segmentsOfDoc(doc, claims);
    expect(markedText(doc, segments, "late")).toBe("contagious");
    expect(markedText(doc, segments, "early")).toBe("Open");
  });
});
