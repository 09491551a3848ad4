import { describe, expect, it } from "vitest";
import { linesOf, type PdfTextItem } from "./pdf-layout";
import { withActualText, type PdfTextEvent } from "./pdf-spans";

const text = (str: string, x: number, width = 10): PdfTextEvent => ({
  kind: "text",
  item: { str, x, y: 700, width, fontSize: 12 },
});
const span: PdfTextEvent = { kind: "begin", span: true };
const end: PdfTextEvent = { kind: "end" };
const strs = (items: PdfTextItem[]) => items.map((i) => i.str);

describe("withActualText", () => {
  it("reads a span's glyphs as its ActualText, one item over the width they covered", () => {
    // "प्रा" printed as two glyphs, the first with no character of its own.
    const items = withActualText([text("क", 0), span, text("\u0000ा", 10, 12), end, text("ण", 22)], ["प्रा"]);
    expect(strs(items)).toEqual(["क", "प्रा", "ण"]);
    expect(items[1]).toMatchObject({ x: 10, width: 12, rtl: false });
  });

  it("keeps a space PDF.js reports inside the next span as a space, and marks Arabic right to left", () => {
    const items = withActualText([text("في", 30), span, text(" ", 26, 4), text("\u0000\u0000", 10, 14), end], ["الم"]);
    expect(strs(items)).toEqual(["في", " ", "الم"]);
    expect(items[2]).toMatchObject({ x: 10, width: 14, rtl: true });
  });

  it("reads the outermost ActualText of nested spans, and spans without one as drawn", () => {
    const items = withActualText(
      [
        span,
        text("a", 0),
        { kind: "begin", span: false },
        text("b", 10),
        end,
        text("c", 20),
        end,
        span,
        text("d", 30),
        end,
      ],
      ["ABC", null],
    );
    expect(strs(items)).toEqual(["ABC", "d"]);
  });

  it("leaves a page as PDF.js read it when the spans found do not line up with its markers", () => {
    const events = [span, text("\u0000", 0), end, span, text("x", 10), end];
    expect(strs(withActualText(events, ["one"]))).toEqual(["\u0000", "x"]);
    expect(strs(withActualText(events, null))).toEqual(["\u0000", "x"]);
  });

  it("keeps a joiner whose span drew no glyph, between its neighbours once a line is read in either direction", () => {
    // Persian "جابه‌جا" as Chromium prints it, drawn from the left: "جا", an empty span for the
    // non-joiner, then "جابه".
    const rtl = withActualText(
      [span, text("\u0000", 0, 8), end, span, end, span, text("\u0000", 8, 12), end],
      ["جا", "\u200C", "جابه"],
    );
    expect(strs(rtl)).toEqual(["جا", "\u200C", "جابه"]);
    expect(linesOf(rtl)[0]!.text).toBe("جابه\u200Cجا");
    // A left-to-right word with a joiner ("a‍b"), drawn the same way.
    const ltr = withActualText(
      [span, text("\u0000", 0, 8), end, span, end, span, text("\u0000", 8, 8), end],
      ["a", "\u200D", "b"],
    );
    expect(linesOf(ltr)[0]!.text).toBe("a\u200Db");
    // An empty span of anything else draws nothing and reads as nothing.
    expect(strs(withActualText([span, text("x", 0), end, span, end], ["x", "y"]))).toEqual(["x"]);
  });
});
