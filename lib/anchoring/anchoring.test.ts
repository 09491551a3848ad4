import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEssay } from "../document/parse-essay";
import { plainTextOf } from "../document/blocks";
import { anchor } from "./anchor";
import { plainOffsetToPm, pmToPlainOffset, type BlockExtent } from "./pm-offsets";
import { checkSelection, MAX_CLAIM_LENGTH } from "./selection";
import { splitSentences } from "./sentences";
import { createTextQuoteSelector, matchQuote } from "./text-quote";

const essay = fs.readFileSync(path.join(__dirname, "../../prisma/seed/essay.txt"), "utf8");
const blocks = parseEssay(essay);
const text = plainTextOf(blocks);
const sentences = splitSentences(text);

describe("selectors over the essay", () => {
  it("finds a realistic number of sentences, including the NIST and GPL claims", () => {
    expect(sentences.length).toBeGreaterThanOrEqual(30);
    // A sentence never runs across a block boundary (blocks are joined by "\n").
    expect(sentences.filter((s) => s.text.includes("\n"))).toEqual([]);
    expect(
      sentences.some((s) => s.text.includes("NIST in the United States requires government procurement projects")),
    ).toBe(true);
    expect(sentences.some((s) => s.text.includes('the GPL-3.0 protocol adds a "contagious open source" clause'))).toBe(
      true,
    );
  });

  it("round-trips every sentence: selectors made from its offsets resolve back to the same offsets", () => {
    for (const sentence of sentences) {
      const check = checkSelection(text, sentence.start, sentence.end);
      // A heading of one or two words is a sentence but too short to be a claim.
      if (sentence.end - sentence.start > MAX_CLAIM_LENGTH || sentence.text.split(/\s+/).length < 3) {
        expect(check.ok).toBe(false);
        continue;
      }
      expect(check.ok, sentence.text).toBe(true);
      if (!check.ok) continue;
      expect(check.quote.exact).toBe(sentence.text);
      expect(check.quote.prefix).toBe(text.slice(Math.max(0, sentence.start - 32), sentence.start));
      expect(check.quote.suffix).toBe(text.slice(sentence.end, sentence.end + 32));
      expect(anchor(text, check)).toEqual({ state: "exact", start: sentence.start, end: sentence.end });
      // The quote alone (no position) finds the same place.
      expect(matchQuote(text, check.quote)).toEqual({ start: sentence.start, end: sentence.end, errors: 0 });
    }
  });

  it("re-anchors by quote when text is inserted before the claim", () => {
    const sentence = sentences.find((s) => s.text.includes("NIST"))!;
    const check = checkSelection(text, sentence.start, sentence.end);
    if (!check.ok) throw new Error(check.message);
    const edited = `A new opening paragraph.\n${text}`;
    expect(anchor(edited, check)).toEqual({ state: "exact", start: sentence.start + 25, end: sentence.end + 25 });
  });

  it("re-anchors approximately when the claim's own words were lightly edited", () => {
    const quote = createTextQuoteSelector(
      text,
      text.indexOf("Nvidia has long dominated"),
      text.indexOf("Nvidia has long dominated") + 60,
    );
    const edited = text.replace("Nvidia has long dominated", "Nvidia has long dominatd");
    const found = anchor(edited, { position: { start: 0, end: 60 }, quote });
    expect(found.state).toBe("fuzzy");
    if (found.state === "orphaned") return;
    expect(edited.slice(found.start, found.end)).toContain("Nvidia has long dominatd");
    // Exact words only, when asked: the edited claim is not there.
    expect(anchor(edited, { position: { start: 0, end: 60 }, quote }, { maxErrorRatio: 0 }).state).toBe("orphaned");
  });

  it("uses the context to pick the right one of repeated words", () => {
    const at = text.indexOf("closed source", text.indexOf("Apple"));
    const quote = createTextQuoteSelector(text, at, at + "closed source".length);
    expect(matchQuote(text, quote)?.start).toBe(at);
  });

  it("gives up rather than anchoring to unrelated text", () => {
    const quote = {
      type: "TextQuoteSelector" as const,
      exact: "a sentence that was never in this essay at all",
      prefix: "",
      suffix: "",
    };
    expect(anchor(text, { position: { start: 0, end: 10 }, quote })).toEqual({ state: "orphaned" });
    // A position alone holds while it lies inside the text.
    expect(anchor(text, { position: { start: 0, end: 10 } })).toEqual({ state: "exact", start: 0, end: 10 });
    expect(anchor(text, { position: { start: 0, end: text.length + 1 } })).toEqual({ state: "orphaned" });
  });
});

describe("checkSelection refuses what cannot be a claim", () => {
  it("refuses empty, whitespace, over-long and out-of-range selections with a message", () => {
    expect(checkSelection(text, 10, 10)).toEqual({ ok: false, message: "Select the text of the claim first." });
    const space = text.indexOf(" ");
    expect(checkSelection(text, space, space + 1)).toMatchObject({
      ok: false,
      message: expect.stringContaining("whitespace"),
    });
    expect(checkSelection(text, 0, MAX_CLAIM_LENGTH + 1)).toMatchObject({
      ok: false,
      message: expect.stringContaining("at most 2000"),
    });
    expect(checkSelection(text, -1, 5)).toMatchObject({
      ok: false,
      message: expect.stringContaining("outside the document"),
    });
    expect(checkSelection(text, 5, text.length + 1)).toMatchObject({
      ok: false,
      message: expect.stringContaining("outside the document"),
    });
  });

  it("accepts exactly 2,000 characters of one paragraph", () => {
    const paragraph = "Exports rose by twelve percent. ".repeat(70);
    expect(checkSelection(paragraph, 0, MAX_CLAIM_LENGTH).ok).toBe(true);
  });

  it("refuses a word or two, and a selection across paragraphs, saying why", () => {
    const at = (phrase: string) => [text.indexOf(phrase), text.indexOf(phrase) + phrase.length] as const;
    expect(checkSelection(text, ...at("GPL-3.0"))).toMatchObject({
      ok: false,
      message: expect.stringContaining("at least three words"),
    });
    expect(checkSelection(text, ...at("NIST in the United States")).ok).toBe(true);
    const zh = "李飞飞团队以十分之一的成本复现了闭源模型的性能";
    expect(checkSelection(zh, 0, 6).ok).toBe(true);
    expect(checkSelection(zh, 0, 5)).toMatchObject({ ok: false });
    const paragraphBreak = text.indexOf("\n", 200);
    expect(checkSelection(text, paragraphBreak - 40, paragraphBreak + 40)).toMatchObject({
      ok: false,
      message: expect.stringContaining("within one paragraph"),
    });
  });
});

describe("ProseMirror position mapping", () => {
  // In ProseMirror each top-level block adds an opening and a closing token around its text.
  const extents: BlockExtent[] = [];
  let pos = 0;
  for (const block of blocks) {
    extents.push({ pmStart: pos, length: block.text.length });
    pos += block.text.length + 2;
  }

  it("maps every sentence's offsets to ProseMirror positions and back", () => {
    for (const s of sentences) {
      expect(pmToPlainOffset(extents, plainOffsetToPm(extents, s.start))).toBe(s.start);
      expect(pmToPlainOffset(extents, plainOffsetToPm(extents, s.end))).toBe(s.end);
    }
  });

  it("puts the start of the second block right after the first block's closing token", () => {
    const first = blocks[0]!.text.length;
    expect(plainOffsetToPm(extents, first + 1)).toBe(first + 3);
  });
});
