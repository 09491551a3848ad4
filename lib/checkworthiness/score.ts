import { BIAS, CUES, DEFAULT_THRESHOLD, scoreBand, type Cue } from "./cue-weights";
import { detectCues } from "./detect-cues";
import { tagSentences } from "./tag-sentences";

/** A scored sentence: where it is, how check-worthy, and why (the positive cues, strongest first). */
export interface ScoredSentence {
  start: number;
  end: number;
  text: string;
  /** 0..1: the logistic of the bias and the cue weights. */
  score: number;
  band: "high" | "medium" | "low";
  /** The cues that raised the score, as shown to people ("a percentage", "names an agency"). */
  reasons: string[];
  cues: Cue[];
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** The score of a set of cues. */
export function scoreCues(cues: Iterable<Cue>): number {
  let sum = BIAS;
  for (const cue of cues) sum += CUES[cue].weight;
  return Math.round(logistic(sum) * 1000) / 1000;
}

/** The reasons a person sees for a set of cues: the ones that raised the score, strongest first. */
export function reasonsFor(cues: Iterable<Cue>): string[] {
  return [...cues]
    .filter((c) => CUES[c].weight > 0)
    .sort((a, b) => CUES[b].weight - CUES[a].weight)
    .map((c) => CUES[c].reason);
}

/**
 * Every sentence of a plain text with its check-worthiness score and reasons, in text order.
 * Local only: wink-nlp's bundled English model and the cue weights, no network.
 */
export function scoreSentences(plainText: string): ScoredSentence[] {
  return tagSentences(plainText).map((sentence) => {
    const cues = [...detectCues(sentence)];
    const score = scoreCues(cues);
    return {
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      score,
      band: scoreBand(score),
      reasons: reasonsFor(cues),
      cues,
    };
  });
}

/** Whether a score is high enough to be suggested. */
export const isSuggested = (score: number, threshold = DEFAULT_THRESHOLD) => score >= threshold;
