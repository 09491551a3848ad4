import DiffMatchPatch from "diff-match-patch";

export type TextChange =
  { state: "UNCHANGED" } | { state: "CHANGED"; diff: [number, string][]; added: number; removed: number };

/** Whitespace runs count as one space, and leading or trailing space not at all: re-flowed text is the same text. */
const normalise = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Compares a source's text now with its capture: unchanged, or changed with a word-level
 * diff (diff-match-patch, cleaned up for people to read) and how many characters came and went.
 */
export function compareSourceText(captured: string, current: string): TextChange {
  const before = normalise(captured);
  const after = normalise(current);
  if (before === after) return { state: "UNCHANGED" };
  const dmp = new DiffMatchPatch();
  const diff = dmp.diff_main(before, after);
  dmp.diff_cleanupSemantic(diff);
  let added = 0;
  let removed = 0;
  for (const [op, text] of diff) {
    if (op === DiffMatchPatch.DIFF_INSERT) added += text.length;
    if (op === DiffMatchPatch.DIFF_DELETE) removed += text.length;
  }
  return { state: "CHANGED", diff: diff.map(([op, text]) => [op, text]), added, removed };
}
