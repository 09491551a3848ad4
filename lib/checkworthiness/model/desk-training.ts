import { metricsAt, type BinaryMetrics } from "../eval/metrics";
import type { CheckworthinessModel } from "./checkworthiness-model";
import { probability, trainLogisticRegression, weightsFingerprint, type TrainingOptions } from "./logistic-regression";
import { toExamples, type LabelledText } from "./train-model";

/** Fewer labels than this teach a model nothing it can be trusted with. */
export const MIN_DESK_LABELS = 50;
/** Each class needs a few examples, or the model only learns the desk's share of them. */
export const MIN_PER_CLASS = 5;

/**
 * The desk's fine-tuning: starts from the base model's weights and is pulled back towards them
 * (an L2 penalty on the difference), so a few hundred labels move what they speak about and
 * leave the rest of what the base learned from thousands.
 */
export const DESK_TRAINING: TrainingOptions = { epochs: 6, l2: 0.01, learningRate: 0.05, seed: 1 };

export interface DeskEvaluation {
  labels: number;
  positives: number;
  folds: number;
  /** Cross-validated on the desk's labels: each label scored by a model trained without it. */
  desk: BinaryMetrics;
  /** The base model on the same labels. */
  base: BinaryMetrics;
}

/** How many more labels training needs, or 0 when it can go ahead. */
export function labelsMissing(labels: readonly LabelledText[]): number {
  const positives = labels.filter((l) => l.positive).length;
  const negatives = labels.length - positives;
  return Math.max(MIN_DESK_LABELS - labels.length, MIN_PER_CLASS - positives, MIN_PER_CLASS - negatives, 0);
}

/**
 * A desk model from the base model and the desk's labels (flagged sentences positive, dismissed
 * ones negative), with its cross-validated figures beside the base model's on the same labels.
 */
export function trainDeskModel(
  base: CheckworthinessModel,
  labels: readonly LabelledText[],
  now = new Date(),
  folds = 5,
): { model: CheckworthinessModel; evaluation: DeskEvaluation } {
  if (labelsMissing(labels) > 0) throw new Error(`Training needs ${labelsMissing(labels)} more labels`);
  const examples = toExamples(labels);
  const options = { ...DESK_TRAINING, prior: base.linear };
  const deskScores: { score: number; positive: boolean }[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const model = trainLogisticRegression(
      examples.filter((_, i) => i % folds !== fold),
      options,
    );
    for (const example of examples.filter((_, i) => i % folds === fold))
      deskScores.push({ score: probability(model, example.features), positive: example.positive });
  }
  const baseScores = examples.map((e) => ({ score: probability(base.linear, e.features), positive: e.positive }));
  // The desk's threshold is the one its own labels, cross-validated, answer best (F1): a desk
  // that flags a third of what it reads wants another cut than debate transcripts did.
  const threshold = bestThreshold(deskScores);
  const linear = trainLogisticRegression(examples, options);
  const fingerprint = weightsFingerprint(linear, base.version);
  return {
    model: {
      version: `desk-${fingerprint}`,
      kind: "desk",
      trainedAt: now.toISOString(),
      labels: labels.length,
      threshold,
      linear,
    },
    evaluation: {
      labels: labels.length,
      positives: labels.filter((l) => l.positive).length,
      folds,
      desk: metricsAt(deskScores, threshold),
      base: metricsAt(baseScores, base.threshold),
    },
  };
}

/** The threshold (0.20 … 0.80 in steps of 0.05) with the best F1 on cross-validated scores; the middle one on a tie. */
function bestThreshold(scored: { score: number; positive: boolean }[]): number {
  let best = { threshold: 0.5, f1: metricsAt(scored, 0.5).f1 };
  for (let step = 4; step <= 16; step++) {
    const metrics = metricsAt(scored, step / 20);
    if (metrics.f1 > best.f1 + 1e-9) best = { threshold: step / 20, f1: metrics.f1 };
  }
  return best.threshold;
}
