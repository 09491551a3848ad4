import type { CheckworthinessModel } from "./model/checkworthiness-model";
import { scoreSentences } from "./score";
import { headingLineNumbers, type TiptapDoc } from "../document/blocks";

/** A scored sentence as the database stores it (SentenceScore), JSON columns as strings. */
export interface ScoredRow {
  start: number;
  end: number;
  text: string;
  score: number;
  cues: string;
  reasons: string;
  modelVersion: string;
}

/**
 * The scored sentences of a plain text as rows (CPU only: run it before opening a transaction).
 * `headingLines` are the plain text's heading lines (lib/document/blocks.ts headingLineNumbers).
 */
export function sentenceScoreRows(
  plainText: string,
  headingLines: ReadonlySet<number>,
  model: CheckworthinessModel,
): ScoredRow[] {
  return scoreSentences(plainText, model, headingLines).map((s) => ({
    start: s.start,
    end: s.end,
    text: s.text,
    score: s.score,
    cues: JSON.stringify(s.cues),
    reasons: JSON.stringify(s.reasons),
    modelVersion: model.version,
  }));
}

/** The heading lines of a stored revision's content (none when it cannot be read: scores still come). */
export function headingLinesOfJson(contentJson: string): Set<number> {
  try {
    return headingLineNumbers(JSON.parse(contentJson) as TiptapDoc);
  } catch {
    return new Set();
  }
}
