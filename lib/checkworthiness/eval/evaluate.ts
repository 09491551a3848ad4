import { DEFAULT_THRESHOLD } from "../cue-weights";
import { scoreSentences } from "../score";
import { readLabelledSentences } from "./labelled-set";
import { metricsAt, precisionRecallCurve, type BinaryMetrics } from "./metrics";

export interface CheckworthinessEvaluation {
  half: "tune" | "report";
  sentences: number;
  checkWorthy: number;
  atDefault: BinaryMetrics;
  curve: BinaryMetrics[];
}

/** Precision, recall and F1 of "check-worthy" (label C) on one half of the labelled set. */
export function evaluateCheckworthiness(half: "tune" | "report" = "report"): CheckworthinessEvaluation {
  const rows = readLabelledSentences().filter((r) => r.half === half);
  const scored = rows.map((row) => {
    // A labelled line is one sentence; should the splitter see two, the stronger one speaks for it.
    const score = Math.max(0, ...scoreSentences(row.sentence).map((s) => s.score));
    return { score, positive: row.label === "C" };
  });
  return {
    half,
    sentences: rows.length,
    checkWorthy: scored.filter((s) => s.positive).length,
    atDefault: metricsAt(scored, DEFAULT_THRESHOLD),
    curve: precisionRecallCurve(scored),
  };
}
