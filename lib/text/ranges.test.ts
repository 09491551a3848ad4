import { describe, expect, it } from "vitest";
import { overlaps, overlapsAny, type TextRange } from "./ranges";

describe("overlapsAny", () => {
  it("answers as testing every pair does, on ranges nested, touching, disjoint and empty", () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const range = (): TextRange => {
      const start = next(200);
      return { start, end: start + next(30) };
    };
    for (let round = 0; round < 50; round++) {
      const claims = Array.from({ length: next(20) }, range);
      const hits = overlapsAny(claims);
      for (let i = 0; i < 40; i++) {
        const sentence = range();
        expect(hits(sentence), JSON.stringify({ claims, sentence })).toBe(claims.some((c) => overlaps(c, sentence)));
      }
    }
  });

  it("treats ranges that only touch as apart, and no ranges as no overlap", () => {
    const hits = overlapsAny([{ start: 10, end: 20 }]);
    expect(hits({ start: 20, end: 30 })).toBe(false);
    expect(hits({ start: 0, end: 10 })).toBe(false);
    expect(hits({ start: 19, end: 21 })).toBe(true);
    expect(overlapsAny([])({ start: 0, end: 100 })).toBe(false);
  });
});
