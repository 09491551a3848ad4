import { baseModel } from "../model/base-model";
import { scoreFeatures, type CheckworthinessModel } from "../model/checkworthiness-model";
import { readWhole } from "../model/train-model";
import { readLabelledSentences } from "./labelled-set";
import { averagePrecision, metricsAt, precisionRecallCurve, type BinaryMetrics } from "./metrics";
import type { EvaluationSet } from "./public-sets";

export interface Figures {
  atDefault: BinaryMetrics;
  averagePrecision: number;
}

export interface CheckworthinessEvaluation {
  name: string;
  items: number;
  checkWorthy: number;
  model: Figures & { curve: BinaryMetrics[] };
  /** Trivial baselines on the same items: every item check-worthy; "has a number". */
  baselines: { everyItem: Figures; hasNumber: Figures };
}

const NUMBER_CUES = new Set(["number", "percentage", "money"]);

const figures = (scored: { score: number; positive: boolean }[], threshold: number): Figures => ({
  atDefault: metricsAt(scored, threshold),
  averagePrecision: averagePrecision(scored),
});

/** Precision, recall and F1 at the model's threshold, average precision and the curve, beside the two baselines. */
export function evaluateSet(
  set: EvaluationSet,
  model: CheckworthinessModel = baseModel().model,
): CheckworthinessEvaluation {
  // Each item is read whole, as one sentence (a label is for the whole item: a sentence, a post),
  // once: the model and the "has a number" baseline both look at that reading.
  const read = set.items.map((item) => ({ ...readWhole(item.text), positive: item.positive }));
  const scored = read.map((r) => ({ score: scoreFeatures(model, r.features).score, positive: r.positive }));
  // A constant score ranks nothing: its average precision is the share of positives.
  const everyItem = read.map((r) => ({ score: 1, positive: r.positive }));
  const numbers = read.map((r) => ({
    score: [...r.cues].some((cue) => NUMBER_CUES.has(cue)) ? 1 : 0,
    positive: r.positive,
  }));
  return {
    name: set.name,
    items: set.items.length,
    checkWorthy: set.items.filter((i) => i.positive).length,
    model: { ...figures(scored, model.threshold), curve: precisionRecallCurve(scored) },
    baselines: { everyItem: figures(everyItem, 0.5), hasNumber: figures(numbers, 0.5) },
  };
}

/** One half of the repo's labelled sentences as an evaluation set (label C is check-worthy). */
export function repoSet(half: "tune" | "report"): EvaluationSet {
  return {
    name: `Claimmark's labelled sentences, ${half === "report" ? "held-out" : "tuning"} half`,
    genre: "essays, news and speeches written for the repo",
    licence: "CC0 1.0",
    items: readLabelledSentences()
      .filter((row) => row.half === half)
      .map((row) => ({ text: row.sentence, positive: row.label === "C" })),
  };
}
