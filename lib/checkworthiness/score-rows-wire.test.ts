import { describe, expect, it } from "vitest";
import { baseModel } from "./model/base-model";
import { sentenceScoreRows } from "./score-rows";
import { packScoredRows, unpackScoredRows } from "./score-rows-wire";

const paragraph =
  "The agency said “prices rose 12 percent” in 2023. Exports fell to $4.1 billion, the ministry reported. " +
  "Is this the right approach? Officials met on Tuesday.";
const text = `A headline\n${Array.from({ length: 200 }, () => paragraph).join("\n")}`;

describe("scored rows between the import child and the server", () => {
  it("come back exactly as scored, texts sliced from the plain text", () => {
    const rows = sentenceScoreRows(text, new Set([0]), baseModel().model);
    expect(rows.length).toBeGreaterThan(800);
    const sent = JSON.parse(JSON.stringify(packScoredRows(text, rows)));
    expect(unpackScoredRows(text, sent)).toEqual(rows);
  });

  it("keep a row's own text when it is not the plain text between its offsets", () => {
    const rows = sentenceScoreRows(text, new Set(), baseModel().model).slice(0, 3);
    rows[1] = { ...rows[1]!, text: "A text of its own" };
    const sent = JSON.parse(JSON.stringify(packScoredRows(text, rows)));
    expect(unpackScoredRows(text, sent)).toEqual(rows);
  });

  it("send each repeated string once, a fraction of the rows sent whole", () => {
    const rows = sentenceScoreRows(text, new Set([0]), baseModel().model);
    const packed = JSON.stringify(packScoredRows(text, rows));
    expect(packed.length * 4).toBeLessThan(JSON.stringify(rows).length);
  });

  it("refuse rows that are cut short or name a string that is not there", () => {
    const rows = sentenceScoreRows(text, new Set(), baseModel().model).slice(0, 2);
    const packed = packScoredRows(text, rows);
    expect(() => unpackScoredRows(text, { ...packed, rows: packed.rows.slice(0, -1) })).toThrow(/not whole/);
    expect(() => unpackScoredRows(text, { ...packed, strings: [] })).toThrow(/no string/);
  });
});
