/** MAP@5, P@1 and recall@5 of ranked answers against the relevant ones. */
export interface RankingMetrics {
  queries: number;
  mapAt5: number;
  precisionAt1: number;
  recallAt5: number;
}

/** Each query's ranked keys (best first) and its relevant keys. */
export function rankingMetrics(
  results: { ranked: readonly string[]; relevant: ReadonlySet<string> }[],
): RankingMetrics {
  let map = 0;
  let p1 = 0;
  let recall = 0;
  for (const { ranked, relevant } of results) {
    const top = ranked.slice(0, 5);
    let hits = 0;
    let precisionSum = 0;
    top.forEach((key, i) => {
      if (!relevant.has(key)) return;
      hits++;
      precisionSum += hits / (i + 1);
    });
    map += relevant.size === 0 ? 0 : precisionSum / Math.min(relevant.size, 5);
    if (top[0] !== undefined && relevant.has(top[0])) p1++;
    recall += relevant.size === 0 ? 0 : hits / relevant.size;
  }
  const n = Math.max(1, results.length);
  return { queries: results.length, mapAt5: map / n, precisionAt1: p1 / n, recallAt5: recall / n };
}
