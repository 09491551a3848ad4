import type { ScoredRow } from "./score-rows";

/**
 * Scored rows as the import child sends them to the server (server/import/import-child.ts):
 * numbers, and each distinct string once. The rows of a long import repeat a few dozen cue
 * and reason strings and one model version across tens of thousands of sentences, and each
 * sentence's text is a slice of the plain text the server already has; sent whole, the
 * largest import's answer was 14.5 MB, and parsing it was most of the server's memory peak
 * at that import's end (npm run bench, "The server's memory over the whole run").
 */
export interface PackedScoredRows {
  /** The distinct cues, reasons and model versions. */
  strings: string[];
  /** Per row: start, end, score, and the indexes of its cues, reasons and model version in `strings`. */
  rows: number[];
  /** The text of a row (by its position) that is not the plain text between its offsets; none in practice. */
  texts: Record<number, string>;
}

const FIELDS = 6;

export function packScoredRows(plainText: string, rows: readonly ScoredRow[]): PackedScoredRows {
  const strings: string[] = [];
  const indexes = new Map<string, number>();
  const indexOf = (value: string) => {
    let index = indexes.get(value);
    if (index === undefined) indexes.set(value, (index = strings.push(value) - 1));
    return index;
  };
  const packed: number[] = [];
  const texts: Record<number, string> = {};
  rows.forEach((row, i) => {
    packed.push(row.start, row.end, row.score, indexOf(row.cues), indexOf(row.reasons), indexOf(row.modelVersion));
    if (plainText.slice(row.start, row.end) !== row.text) texts[i] = row.text;
  });
  return { strings, rows: packed, texts };
}

/** The rows `packScoredRows` was given, from the same plain text. */
export function unpackScoredRows(plainText: string, packed: PackedScoredRows): ScoredRow[] {
  const { strings, rows, texts } = packed;
  if (rows.length % FIELDS !== 0) throw new Error("unpackScoredRows: the rows are not whole");
  const stringAt = (index: number) => {
    const value = strings[index];
    if (value === undefined) throw new Error(`unpackScoredRows: no string ${index}`);
    return value;
  };
  const unpacked: ScoredRow[] = [];
  for (let at = 0, i = 0; at < rows.length; at += FIELDS, i++) {
    const start = rows[at]!;
    const end = rows[at + 1]!;
    unpacked.push({
      start,
      end,
      text: texts[i] ?? plainText.slice(start, end),
      score: rows[at + 2]!,
      cues: stringAt(rows[at + 3]!),
      reasons: stringAt(rows[at + 4]!),
      modelVersion: stringAt(rows[at + 5]!),
    });
  }
  return unpacked;
}
