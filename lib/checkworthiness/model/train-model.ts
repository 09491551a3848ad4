import { detectCues } from "../detect-cues";
import { tagOne } from "../tag-sentences";
import { averagePrecision, metricsAt, type BinaryMetrics } from "../eval/metrics";
import {
  probability,
  trainLogisticRegression,
  type Example,
  type LinearWeights,
  type TrainingOptions,
} from "./logistic-regression";
import { sentenceFeatures, type Feature } from "./sentence-features";
import type { Cue } from "../cue-weights";

/** A labelled item as the trainer takes it: its words and its label. */
export interface LabelledText {
  text: string;
  positive: boolean;
}

/** A text read whole as one sentence (a labelled item is one decision): its tags, cues and features. */
export function readWhole(text: string): { cues: Set<Cue>; features: Feature[] } {
  const sentence = { start: 0, end: text.length, ...tagOne(text) };
  const cues = detectCues(sentence);
  return { cues, features: sentenceFeatures(sentence, cues) };
}

/** Features of labelled items, each read whole as one sentence. */
export const toExamples = (items: readonly LabelledText[]): Example[] =>
  items.map((item) => ({ features: readWhole(item.text).features, positive: item.positive }));

export interface CrossValidation {
  folds: number;
  /** Mean over the folds, each scored by a model trained on the other folds. */
  atThreshold: BinaryMetrics;
  averagePrecision: number;
}

/**
 * k-fold cross-validation: each item is scored by a model that never saw it. Folds are by
 * position after a fixed interleave, so a run is repeatable.
 */
export function crossValidate(
  examples: readonly Example[],
  options: TrainingOptions,
  threshold: number,
  folds = 5,
): CrossValidation {
  const scored: { score: number; positive: boolean }[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const train = examples.filter((_, i) => i % folds !== fold);
    const held = examples.filter((_, i) => i % folds === fold);
    const model = trainLogisticRegression(train, options);
    for (const example of held)
      scored.push({ score: probability(model, example.features), positive: example.positive });
  }
  return { folds, atThreshold: metricsAt(scored, threshold), averagePrecision: averagePrecision(scored) };
}

/** Scores of examples under linear weights, with their labels (for metrics). */
export const scoreExamples = (model: LinearWeights, examples: readonly Example[]) =>
  examples.map((e) => ({ score: probability(model, e.features), positive: e.positive }));
