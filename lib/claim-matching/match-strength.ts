import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { MatchStrength } from "./strength-labels";

/** What the ranking knows about how well an entry matches a query. */
export interface MatchEvidence {
  /** The BM25F score (unbounded; grows with the query's length). */
  bm25: number;
  /** Share of the entry's claim (by term rarity) that the query contains. */
  claimCoverage: number;
  /** Share of the query (by term rarity) found in the entry's claim. */
  queryCoverage: number;
}

/** Where a candidate stands among the query's results. */
export interface MatchPlace {
  /** Its BM25F over the best candidate's (1 for the best). */
  relative: number;
  isBest: boolean;
}

/**
 * The calibration's inputs, in the order of its weights (after the intercept). All are shares or
 * ratios, never the raw BM25F, whose scale grows with the collection (rarer terms weigh more in
 * 10,000 fact-checks than in a desk's first ten): a strength must mean the same in both.
 */
export function strengthFeatures(evidence: MatchEvidence, place: MatchPlace): number[] {
  return [evidence.claimCoverage, evidence.queryCoverage, place.isBest ? 1 : 0, place.relative];
}

const calibrationSchema = z.object({
  intercept: z.number().finite(),
  weights: z.array(z.number().finite()).length(4),
  closeAt: z.number().gt(0).lt(1),
  floorAt: z.number().gt(0).lt(1),
  /** The least shared evidence (harmonic mean of the two coverages) a candidate needs to be shown at all. */
  minCoverage: z.number().min(0).lt(1),
});
export type Calibration = z.infer<typeof calibrationSchema>;

export const CALIBRATION_FILE = path.join(process.cwd(), "lib/claim-matching/match-strength.json");

let calibration: Calibration | null = null;

/**
 * The committed calibration (scripts/calibrate-matching.ts fits it on labelled pairs of the
 * CLEF 2020 training split). Read once; a missing or broken file is a deployment error and stops
 * the query with that message rather than labelling matches with made-up strengths.
 */
function currentCalibration(): Calibration {
  calibration ??= calibrationSchema.parse(JSON.parse(readFileSync(CALIBRATION_FILE, "utf8")));
  return calibration;
}

/** The probability that a candidate checks the same claim, under a calibration. */
export function matchProbability(c: Calibration, evidence: MatchEvidence, place: MatchPlace): number {
  const x = strengthFeatures(evidence, place).reduce((sum, value, i) => sum + value * c.weights[i]!, c.intercept);
  return 1 / (1 + Math.exp(-x));
}

/** How much the query and the candidate's claim share, both ways (harmonic mean of the two coverages). */
export const sharedCoverage = (e: MatchEvidence) =>
  e.claimCoverage + e.queryCoverage === 0
    ? 0
    : (2 * e.claimCoverage * e.queryCoverage) / (e.claimCoverage + e.queryCoverage);

/**
 * A candidate's calibrated score (0..1, three decimals) and its strength in words. Being the
 * best of a poor lot is not evidence: below `minCoverage` of shared words a candidate is "weak"
 * whatever its place, so a claim nobody checked before gets "No close match", not filler.
 */
export function strengthOf(
  evidence: MatchEvidence,
  place: MatchPlace,
  c: Calibration = currentCalibration(),
): { score: number; strength: MatchStrength } {
  const score = Math.round(matchProbability(c, evidence, place) * 1000) / 1000;
  if (sharedCoverage(evidence) < c.minCoverage) return { score, strength: "weak" };
  return { score, strength: score >= c.closeAt ? "close" : score >= c.floorAt ? "possible" : "weak" };
}
