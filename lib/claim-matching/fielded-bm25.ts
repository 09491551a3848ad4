/** The parts of a fact-check the index reads, each with its own weight. */
export const MATCH_FIELDS = ["claim", "headline", "appearance"] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

export interface RankingSettings {
  /** How much a term in each field counts against one in the reviewed claim. */
  fieldWeights: Record<MatchField, number>;
  k1: number;
  /** Length normalisation per field (0: none, 1: full). */
  b: number;
}

export const DEFAULT_RANKING: RankingSettings = {
  fieldWeights: { claim: 1, headline: 1, appearance: 0.5 },
  k1: 1.2,
  b: 0.75,
};

/** A term's frequency in each field of one entry, in MATCH_FIELDS order. */
export type FieldFrequencies = readonly number[];

/** Inverse document frequency (BM25's, kept positive). */
export const idf = (entries: number, frequency: number) =>
  Math.log(1 + (entries - frequency + 0.5) / (frequency + 0.5));

/**
 * BM25F's share of one term in one entry, short of the idf: the term's frequencies in the
 * fields weighted and length-normalised field by field, summed, then saturated once
 * (Robertson, Zaragoza & Taylor 2004), so a term in both the claim and the headline counts
 * more than once but not twice. A term's score in the entry is idf × this weight. It depends
 * only on the entry and the collection's average field lengths, so it is stored with the
 * posting and the idf, which changes with every entry, is read at query time.
 */
export function postingWeight(
  settings: RankingSettings,
  tfs: FieldFrequencies,
  lengths: readonly number[],
  averageLengths: readonly number[],
): number {
  let weighted = 0;
  MATCH_FIELDS.forEach((field, f) => {
    const tf = tfs[f] ?? 0;
    if (tf === 0) return;
    const average = averageLengths[f] || 1;
    weighted += (settings.fieldWeights[field] * tf) / (1 - settings.b + (settings.b * (lengths[f] ?? 0)) / average);
  });
  return weighted === 0 ? 0 : (weighted * (settings.k1 + 1)) / (weighted + settings.k1);
}
