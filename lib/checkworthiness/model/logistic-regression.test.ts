import { describe, expect, it } from "vitest";
import { probability, trainLogisticRegression, type Example } from "./logistic-regression";

const example = (indices: number[], positive: boolean): Example => ({
  features: indices.map((index) => ({ index, value: 1 })),
  positive,
});

describe("trainLogisticRegression", () => {
  // Feature 1 marks the positives, feature 2 the negatives, feature 3 is noise on both.
  const examples = [
    ...Array.from({ length: 30 }, (_, i) => example(i % 2 ? [1, 3] : [1], true)),
    ...Array.from({ length: 90 }, (_, i) => example(i % 2 ? [2, 3] : [2], false)),
  ];
  const options = { epochs: 10, l2: 1e-5, learningRate: 0.2, seed: 7 };

  it("learns which features mark each class, whatever their share", () => {
    const model = trainLogisticRegression(examples, options);
    expect(probability(model, [{ index: 1, value: 1 }])).toBeGreaterThan(0.9);
    expect(probability(model, [{ index: 2, value: 1 }])).toBeLessThan(0.1);
    // Class weighting: with nothing to go on, the minority class is as likely as the majority.
    expect(probability(model, [])).toBeGreaterThan(0.3);
    expect(probability(model, [])).toBeLessThan(0.7);
  });

  it("is repeatable with a seed, and starting from a prior keeps what the prior knew where the new data is silent", () => {
    const once = trainLogisticRegression(examples, options);
    const again = trainLogisticRegression(examples, options);
    expect(Array.from(again.weights.subarray(0, 4))).toEqual(Array.from(once.weights.subarray(0, 4)));
    const prior = trainLogisticRegression([example([9], true), example([8], false)], { ...options, epochs: 50 });
    const tuned = trainLogisticRegression(examples, { ...options, prior });
    expect(tuned.weights[9]).toBeCloseTo(prior.weights[9]!, 5);
    expect(probability(tuned, [{ index: 1, value: 1 }])).toBeGreaterThan(0.9);
  });
});
