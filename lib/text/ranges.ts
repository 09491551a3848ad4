/** A [start, end) range of the plain text. */
export interface TextRange {
  start: number;
  end: number;
}

/** Whether two [start, end) ranges share at least one character. */
export const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;
