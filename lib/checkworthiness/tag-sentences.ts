import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { splitSentences } from "../anchoring/sentences";

/** One token of a sentence as the tagger read it. */
export interface TaggedToken {
  value: string;
  lower: string;
  lemma: string;
  /** Universal POS tag (NOUN, VERB, PROPN, NUM, ADJ, …). */
  pos: string;
  /** wink's token type: word, number, punctuation, currency, symbol, … */
  type: string;
}

/** A sentence of a text with its [start, end) plain-text offsets, its tokens and named entities. */
export interface TaggedSentence {
  start: number;
  end: number;
  text: string;
  tokens: TaggedToken[];
  /** wink's entity types found in it: DATE, TIME, DURATION, CARDINAL, ORDINAL, PERCENT, MONEY, … */
  entities: string[];
}

// The model ships inside its npm package (wink-eng-lite-web-model, MIT): nothing is downloaded
// at run time. Loaded once per process, on first use.
let nlp: ReturnType<typeof winkNLP> | null = null;
function tagger() {
  nlp ??= winkNLP(model);
  return nlp;
}

/**
 * Splits a plain text (textblocks joined by "\n", lib/document/blocks.ts) into sentences
 * and tags each with wink-nlp, each with its offsets into that text and its tagged tokens. A sentence never
 * crosses a line: a heading and the paragraph under it are separate sentences.
 */
export function tagSentences(text: string): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    for (const span of splitSentences(line)) {
      // A closing quotation mark left on its own is not a sentence.
      if (!/[\p{L}\p{N}]/u.test(span.text)) continue;
      // One sentence per read: wink's own splitter breaks "GPL-3.0" at its dot, while the
      // platform's Unicode segmenter (UAX #29) knows a dot before a digit ends nothing.
      sentences.push({ start: lineStart + span.start, end: lineStart + span.end, ...tagOne(span.text) });
    }
    lineStart += line.length + 1;
  }
  return sentences;
}

/**
 * Tags a text as one sentence, however many it holds: a labelled training or test item is one
 * decision, so it is read whole.
 */
export function tagOne(text: string): Omit<TaggedSentence, "start" | "end"> {
  const nlp = tagger();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  // wink's typings for its.lemma want the add-ons argument that tokens.out supplies itself.
  const lemmas = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[];
  const pos = tokens.out(its.pos) as string[];
  const types = tokens.out(its.type) as string[];
  return {
    text,
    tokens: values.map((value, i) => ({
      value,
      lower: value.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? "X",
      type: types[i] ?? "word",
    })),
    entities: doc.entities().out(its.type) as string[],
  };
}
