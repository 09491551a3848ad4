/** A [start, end) range of the plain text. */
export interface TextRange {
  start: number;
  end: number;
}

/** Whether two [start, end) ranges share at least one character. */
export const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

/**
 * "Does this range overlap any of those?", asked of many ranges: the others are sorted once,
 * and each question is a binary search (the ranges starting before this one ends) and one look
 * at the furthest end among them, where testing every pair costs sentences × claims.
 */
export function overlapsAny(ranges: readonly TextRange[]): (range: TextRange) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const range of sorted) furthestEnd.push(Math.max(range.end, furthestEnd.at(-1) ?? -Infinity));
  return (range) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < range.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && furthestEnd[lo - 1]! > range.start;
  };
}
