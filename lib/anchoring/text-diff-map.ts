import DiffMatchPatch from "diff-match-patch";

/** One stretch of text both revisions share: old[oldStart, oldStart+length) = new[newStart, …). */
interface EqualRun {
  oldStart: number;
  newStart: number;
  length: number;
}

/** A changed stretch: old[oldStart, oldEnd) became new[newStart, newEnd). */
export interface TextChange {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/**
 * A character diff of two texts (diff-match-patch), kept as the runs they share, so any
 * offset in the old text maps to the new one by binary search.
 */
export class TextDiffMap {
  private readonly runs: EqualRun[] = [];
  readonly changes: TextChange[] = [];
  readonly diffs: [number, string][];

  constructor(oldText: string, newText: string, timeoutSeconds = 2) {
    const dmp = new DiffMatchPatch();
    dmp.Diff_Timeout = timeoutSeconds;
    this.diffs = dmp.diff_main(oldText, newText);
    dmp.diff_cleanupEfficiency(this.diffs);
    let oldAt = 0;
    let newAt = 0;
    let change: TextChange | null = null;
    for (const [op, text] of this.diffs) {
      if (op === 0) {
        if (change) this.changes.push(change);
        change = null;
        this.runs.push({ oldStart: oldAt, newStart: newAt, length: text.length });
        oldAt += text.length;
        newAt += text.length;
        continue;
      }
      change ??= { oldStart: oldAt, oldEnd: oldAt, newStart: newAt, newEnd: newAt };
      if (op === -1) oldAt += text.length;
      else newAt += text.length;
      change.oldEnd = oldAt;
      change.newEnd = newAt;
    }
    if (change) this.changes.push(change);
  }

  /**
   * Where an old offset lands in the new text. Inside a deleted or replaced stretch, a start
   * (`bias: "after"`) moves to the stretch's new end and an end (`bias: "before"`) to its new start.
   */
  map(offset: number, bias: "before" | "after"): number {
    let lo = 0;
    let hi = this.runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const run = this.runs[mid]!;
      if (offset < run.oldStart) hi = mid - 1;
      else if (offset > run.oldStart + run.length) lo = mid + 1;
      else return run.newStart + (offset - run.oldStart);
    }
    // In a change: between runs[hi] (before) and runs[lo] (after).
    const before = this.runs[hi];
    const after = this.runs[lo];
    if (bias === "after") return after ? after.newStart : before ? before.newStart + before.length : 0;
    return before ? before.newStart + before.length : 0;
  }
}
