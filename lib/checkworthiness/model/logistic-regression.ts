import { createHash } from "node:crypto";
import { DIMENSIONS } from "./feature-hash";

/** A sparse example: feature indices with their values, and its label. */
export interface Example {
  features: readonly { index: number; value: number }[];
  positive: boolean;
}

export interface LinearWeights {
  bias: number;
  weights: Float32Array;
}

export interface TrainingOptions {
  epochs: number;
  /** L2 penalty: how hard weights are pulled towards the prior (zero, or the base model's). */
  l2: number;
  learningRate: number;
  /** Start from, and be pulled towards, these weights (the base model, when a desk retrains). */
  prior?: LinearWeights;
  /** Seed of the shuffle, so a run is repeatable. */
  seed: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 12, l2: 1e-5, learningRate: 0.2, seed: 1 };

const logistic = (x: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, x))));

/** The model's raw sum for an example: bias plus the weights of its features times their values. */
export function margin(model: LinearWeights, features: Example["features"]): number {
  let sum = model.bias;
  for (const { index, value } of features) sum += model.weights[index]! * value;
  return sum;
}

export const probability = (model: LinearWeights, features: Example["features"]) => logistic(margin(model, features));

// A small, repeatable random sequence (mulberry32) for the shuffle.
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Logistic regression by stochastic gradient descent with AdaGrad step sizes and an L2 pull
 * towards the prior. Classes are weighted so that each counts as much as the other: a score of
 * 0.5 then means "as likely check-worthy as not" whatever share of the training set was
 * check-worthy. Hand-written because the model is sparse (2^20 hashed features): the
 * JavaScript libraries for logistic regression take dense matrices.
 */
export function trainLogisticRegression(examples: readonly Example[], options: TrainingOptions): LinearWeights {
  const weights = options.prior ? Float32Array.from(options.prior.weights) : new Float32Array(DIMENSIONS);
  const prior = options.prior?.weights;
  let bias = options.prior?.bias ?? 0;
  const squaredGradients = new Float32Array(DIMENSIONS);
  let biasSquaredGradient = 0;
  const positives = examples.filter((e) => e.positive).length;
  const negatives = examples.length - positives;
  const classWeight = {
    positive: positives === 0 ? 1 : examples.length / (2 * positives),
    negative: negatives === 0 ? 1 : examples.length / (2 * negatives),
  };
  const order = examples.map((_, i) => i);
  const next = random(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const at of order) {
      const example = examples[at]!;
      const model = { bias, weights };
      const error =
        (probability(model, example.features) - (example.positive ? 1 : 0)) *
        (example.positive ? classWeight.positive : classWeight.negative);
      for (const { index, value } of example.features) {
        const pull = options.l2 * (weights[index]! - (prior ? prior[index]! : 0));
        const gradient = error * value + pull;
        squaredGradients[index] = squaredGradients[index]! + gradient * gradient;
        weights[index] =
          weights[index]! - (options.learningRate * gradient) / Math.sqrt(squaredGradients[index]! + 1e-8);
      }
      biasSquaredGradient += error * error;
      bias -= (options.learningRate * error) / Math.sqrt(biasSquaredGradient + 1e-8);
    }
  }
  return { bias, weights };
}

/** Eight hex digits that change with any weight: the model's version names what it is. */
export function weightsFingerprint(model: LinearWeights, salt = ""): string {
  return createHash("sha256")
    .update(Buffer.from(model.weights.buffer))
    .update(`${model.bias}:${salt}`)
    .digest("hex")
    .slice(0, 8);
}
