/** Precision, recall and F1 of a binary decision. */
export interface BinaryMetrics {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 of "score ≥ threshold" against the truth. */
export function metricsAt(scored: { score: number; positive: boolean }[], threshold: number): BinaryMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { score, positive } of scored) {
    const predicted = score >= threshold;
    if (predicted && positive) tp++;
    else if (predicted) fp++;
    else if (positive) fn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, precision, recall, f1 };
}

/** The precision-recall curve at thresholds 0.05, 0.10, … 0.95. */
export function precisionRecallCurve(scored: { score: number; positive: boolean }[]): BinaryMetrics[] {
  return Array.from({ length: 19 }, (_, i) => metricsAt(scored, Math.round((i + 1) * 5) / 100));
}
