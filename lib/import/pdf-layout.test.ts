import { describe, expect, it } from "vitest";
import { paragraphsOf, type PdfTextItem } from "./pdf-layout";

/** One printed line, each run of text where Chromium put it (12 pt, one em a character). */
const line = (runs: string[], y: number, x = 48): PdfTextItem[] =>
  runs.map((str) => {
    const item = { str, x, y, width: 12 * str.length, fontSize: 12 };
    x += item.width;
    return item;
  });

describe("reading a PDF page's text in order", () => {
  it("reads one line of Chinese in order when one run is wider than the others", () => {
    // As Chromium prints it with the bundled fonts: a run per font file of the unicode ranges.
    const runs = [
      "据",
      "港",
      "务",
      "局",
      "称",
      "，",
      "该",
      "港",
      "口去",
      "年",
      "处",
      "理了",
      "九",
      "百万",
      "个",
      "集装",
      "箱",
      "。",
    ];
    const [paragraph, ...rest] = paragraphsOf([{ width: 595, items: line(runs, 765) }]);
    expect(rest).toEqual([]);
    expect(paragraph!.text.replace(/\s/g, "")).toBe("据港务局称，该港口去年处理了九百万个集装箱。");
  });

  it("keeps a Hindi word whole across a gap after its virama, and spaces real words apart", () => {
    // "नब्बे" set as two runs with a gap wider than a space's threshold between them, as Chromium
    // prints a conjunct; the gap before "लाख" is a word space.
    const items: PdfTextItem[] = [
      { str: "नब्", x: 48, y: 700, width: 20, fontSize: 12 },
      { str: "बे", x: 71, y: 700, width: 14, fontSize: 12 },
      { str: "लाख", x: 90, y: 700, width: 24, fontSize: 12 },
      { str: "ि", x: 117, y: 700, width: 4, fontSize: 12 },
    ];
    const [paragraph] = paragraphsOf([{ width: 595, items }]);
    expect(paragraph!.text).toBe("नब्बे लाखि");
  });

  it("still reads two columns column by column when a full-width title crosses the gutter", () => {
    const title = line(["A title that spans both columns of the page"], 780);
    const left = [760, 745, 730].flatMap((y, i) => line([`Left ${i + 1}`], y, 48));
    const right = [760, 745, 730].flatMap((y, i) => line([`Right ${i + 1}`], y, 400));
    const text = paragraphsOf([{ width: 595, items: [...title, ...left, ...right] }])
      .map((p) => p.text)
      .join(" | ");
    expect(text.indexOf("Left 3")).toBeLessThan(text.indexOf("Right 1"));
  });
});
