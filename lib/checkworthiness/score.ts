import { scoreBand, type Cue } from "./cue-weights";
import { detectCues } from "./detect-cues";
import { baseModel } from "./model/base-model";
import { scoreFeatures, type CheckworthinessModel } from "./model/checkworthiness-model";
import { sentenceFeatures } from "./model/sentence-features";
import { tagSentences } from "./tag-sentences";

/** A scored sentence: where it is, how check-worthy, and why (what pushed its score up most). */
export interface ScoredSentence {
  start: number;
  end: number;
  text: string;
  /** 0..1: the model's probability that the sentence is check-worthy. */
  score: number;
  band: "high" | "medium" | "low";
  /** What raised the score, as shown to people ("a percentage", "the word “million”"). */
  reasons: string[];
  cues: Cue[];
}

/**
 * Every sentence of a plain text with its check-worthiness score and reasons, in text order.
 * Local only: wink-nlp's bundled English model and the model's weights, no network. Sentences
 * on a heading line (`headingLines`, 0-based line numbers of the plain text) carry the
 * "heading" cue: they are scored like the rest but never suggested.
 */
export function scoreSentences(
  plainText: string,
  model: CheckworthinessModel = baseModel().model,
  headingLines: ReadonlySet<number> = new Set(),
): ScoredSentence[] {
  const lineStarts = [0];
  for (let i = plainText.indexOf("\n"); i !== -1; i = plainText.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  let line = 0;
  return tagSentences(plainText).map((sentence) => {
    while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= sentence.start) line++;
    const cues = [...detectCues(sentence)];
    const { score, reasons } = scoreFeatures(model, sentenceFeatures(sentence, cues));
    if (headingLines.has(line)) cues.push("heading");
    return {
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      score,
      band: scoreBand(score, model.threshold),
      reasons,
      cues,
    };
  });
}

/** Cues that keep a sentence out of the suggestions whatever its score: a question asserts nothing, a heading names. */
export const NEVER_SUGGESTED: readonly Cue[] = ["question", "heading"];
