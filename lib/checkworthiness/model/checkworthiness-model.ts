import { eng as englishStopWords } from "stopword";
import { BIAS, CUES, DEFAULT_THRESHOLD, type Cue } from "../cue-weights";
import { DIMENSIONS, featureIndex } from "./feature-hash";
import { margin, type LinearWeights } from "./logistic-regression";
import type { Feature } from "./sentence-features";

/** A check-worthiness model the app can score with. */
export interface CheckworthinessModel {
  /** Recorded with every stored score ("base-…", "desk-…", or "cues-1" for the hand-set fallback). */
  version: string;
  kind: "base" | "desk" | "cues";
  trainedAt: string;
  /** How many labelled sentences it learned from. */
  labels: number;
  /** Sentences at or above it are suggested. */
  threshold: number;
  linear: LinearWeights;
}

/**
 * The hand-set cue weights (lib/checkworthiness/cue-weights.ts) as a model: what the app falls
 * back to when no trained weights can be read, so suggestions never stop.
 */
export function cueModel(): CheckworthinessModel {
  const weights = new Float32Array(DIMENSIONS);
  for (const [cue, { weight }] of Object.entries(CUES)) weights[featureIndex(`cue:${cue}`)] = weight;
  return {
    version: "cues-1",
    kind: "cues",
    trainedAt: "2026-11-30T00:00:00.000Z",
    labels: 0,
    threshold: DEFAULT_THRESHOLD,
    linear: { bias: BIAS, weights },
  };
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** Contributions below this do not make a reason: a person would not see why they count. */
const REASON_FLOOR = 0.15;
const MAX_REASONS = 3;

/** A sentence's score (0..1, three decimals) and the reasons a person sees: what pushed it up most. */
export function scoreFeatures(
  model: CheckworthinessModel,
  features: readonly Feature[],
): { score: number; reasons: string[] } {
  const score = Math.round(logistic(margin(model.linear, features)) * 1000) / 1000;
  // A word's letter n-grams and the word itself speak as one reason: "the word “percent”".
  const pushes = new Map<string, number>();
  for (const feature of features) {
    const contribution = model.linear.weights[feature.index]! * feature.value;
    const { source } = feature;
    const reason =
      source.kind === "cue"
        ? reasonForCue(source.cue)
        : source.kind === "words" && telling(source.words)
          ? quoteWords(source.words)
          : null;
    if (reason) pushes.set(reason, (pushes.get(reason) ?? 0) + contribution);
  }
  const reasons = [...pushes]
    .filter(([, push]) => push >= REASON_FLOOR)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_REASONS)
    .map(([reason]) => reason);
  return { score, reasons };
}

const reasonForCue = (cue: Cue) => CUES[cue].reason;
const STOP_WORDS = new Set(englishStopWords);
// "the word “for”" or "the word “30”" tells a person nothing ("a number" already says the latter).
const telling = (words: string) => words.split(" ").some((w) => /\p{L}/u.test(w) && !STOP_WORDS.has(w.toLowerCase()));
const quoteWords = (words: string) => (words.includes(" ") ? `the words “${words}”` : `the word “${words}”`);
