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

/**
 * Average precision as scikit-learn computes it: the sum over distinct scores, high to low, of
 * the precision there times the recall gained there. Tied items count together, so a constant
 * score earns the share of positives, not whatever order the ties happened to be in.
 */
export function averagePrecision(scored: { score: number; positive: boolean }[]): number {
  const total = scored.filter((s) => s.positive).length;
  if (total === 0) return 0;
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  let seen = 0;
  let hits = 0;
  let sum = 0;
  for (let i = 0; i < ranked.length;) {
    const score = ranked[i]!.score;
    let gained = 0;
    for (; i < ranked.length && ranked[i]!.score === score; i++) {
      seen++;
      if (ranked[i]!.positive) gained++;
    }
    hits += gained;
    sum += (gained / total) * (hits / seen);
  }
  return sum;
}
