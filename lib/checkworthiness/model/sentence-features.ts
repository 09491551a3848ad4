import type { Cue } from "../cue-weights";
import type { TaggedSentence } from "../tag-sentences";
import { featureIndex } from "./feature-hash";

/** One feature of a sentence: where its weight is, how strongly it is present, and what it is in words. */
export interface Feature {
  index: number;
  value: number;
  /** What a person is shown when this feature pushes the score up: a cue's name, or the word(s) it came from. */
  source: { kind: "cue"; cue: Cue } | { kind: "words"; words: string } | { kind: "shape" };
}

// Digits become 0 so "2 million" and "7 million" share their n-grams: the model learns that a
// number is there, not which one.
const normalise = (word: string) => word.toLowerCase().replace(/\d/g, "0");

// Letter n-grams inside a word ("percent" → "<pe", "per", …) let the model read word forms it
// never saw whole ("vaccinations" after "vaccinated").
const CHAR_GRAM_SIZES = [3, 4] as const;

const lengthBucket = (words: number) =>
  words < 6 ? "<6" : words < 10 ? "<10" : words < 20 ? "<20" : words < 35 ? "<35" : "35+";

/**
 * The features of a tagged sentence: its cues (lib/checkworthiness/detect-cues.ts), its words
 * and word pairs, the letter n-grams of its words, and its length. Word features are scaled so
 * that a long sentence does not score high merely for having many words.
 */
export function sentenceFeatures(sentence: TaggedSentence, cues: Iterable<Cue>): Feature[] {
  const features: Feature[] = [];
  for (const cue of cues) features.push({ index: featureIndex(`cue:${cue}`), value: 1, source: { kind: "cue", cue } });

  const words = sentence.tokens
    .filter((t) => t.type === "word" || t.type === "number" || t.type === "currency")
    .map((t) => ({ shown: t.value, key: normalise(t.value) }));
  features.push({ index: featureIndex(`len:${lengthBucket(words.length)}`), value: 1, source: { kind: "shape" } });

  const wordFeatures: Feature[] = [];
  const seen = new Set<string>();
  const add = (key: string, words: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    wordFeatures.push({ index: featureIndex(key), value: 1, source: { kind: "words", words } });
  };
  words.forEach((word, i) => {
    add(`w:${word.key}`, word.shown);
    const next = words[i + 1];
    if (next) add(`b:${word.key} ${next.key}`, `${word.shown} ${next.shown}`);
    const padded = `<${word.key}>`;
    for (const size of CHAR_GRAM_SIZES)
      for (let at = 0; at + size <= padded.length; at++) add(`c:${padded.slice(at, at + size)}`, word.shown);
  });
  const scale = 1 / Math.sqrt(Math.max(1, wordFeatures.length));
  for (const feature of wordFeatures) feature.value = scale * 4;
  return features.concat(wordFeatures);
}
