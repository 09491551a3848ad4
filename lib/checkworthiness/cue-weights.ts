/**
 * The check-worthiness cues and their weights: the one place to tune them. A sentence's score
 * is the logistic of BIAS plus the weights of the cues it shows (lib/checkworthiness/score.ts),
 * so a weight of +1 multiplies the odds by e. Positive cues are the reasons a person is shown;
 * negative ones only lower the score. Tuned on the "tune" half of
 * lib/checkworthiness/eval/sentences.tsv, never on the "report" half (npm run eval).
 */
export const CUES = {
  // Numbers are what fact-checkers check first: counts, shares and amounts can be looked up.
  number: { weight: 1.2, reason: "a number" },
  percentage: { weight: 1.1, reason: "a percentage" },
  money: { weight: 1.1, reason: "an amount of money" },
  // A year or a date pins the statement to a record.
  date: { weight: 0.7, reason: "a date or a year" },
  // "in six months", "for ten years": a duration is a checkable quantity.
  duration: { weight: 0.6, reason: "a duration" },
  // Organisations, agencies, companies and places: a named actor someone can ask or look up.
  namedEntity: { weight: 0.9, reason: "names an organisation, place or person" },
  // Acronyms such as NIST, EU, WHO are usually agencies and bodies.
  agency: { weight: 0.6, reason: "names an agency" },
  // Laws, acts, treaties, standards and licences (GPL-3.0, ISO 27001): their texts can be read.
  lawOrStandard: { weight: 1.1, reason: "names a law, standard or licence" },
  // "requires", "bans", "allows", "passed": what a rule or a body did is a matter of record.
  ruleVerb: { weight: 0.9, reason: "says what a rule or body requires, allows or did" },
  // "the first", "the largest", "more than": rankings and comparisons are often wrong.
  superlative: { weight: 0.9, reason: "a superlative" },
  comparative: { weight: 0.6, reason: "a comparison" },
  // "according to", "reported", "a study found": the claim leans on a source that can be read.
  attribution: { weight: 0.8, reason: "attributes the claim to a source" },
  // "caused", "led to", "because of": causal claims are strong and frequently overstated.
  causal: { weight: 0.6, reason: "a causal claim" },
  // "doubled", "rose", "fell by": change over time is a measurable claim.
  trend: { weight: 0.8, reason: "a change that can be measured" },
  // "all", "every", "most", "none", "half of": quantified statements can be counted.
  quantifier: { weight: 0.4, reason: "a quantified statement" },
  // A question asserts nothing.
  question: { weight: -3.0, reason: "a question" },
  // "I think", "in my opinion", "should", "must": opinions and recommendations are not facts.
  opinion: { weight: -1.6, reason: "an opinion or a recommendation" },
  // "may", "might", "perhaps", "could": speculation about what is not yet known.
  hedge: { weight: -0.9, reason: "speculation" },
  // "I will", "we're going to", "if I'm the president": a pledge or a hypothetical, not a record.
  pledge: { weight: -0.8, reason: "a pledge or an intention" },
  // "I", "we", "you", "let's": personal or rhetorical address.
  personal: { weight: -0.7, reason: "personal or rhetorical address" },
  // Figurative or evaluative wording ("a profound game", "a moat"): rhetoric, not record.
  evaluative: { weight: -0.5, reason: "evaluative wording" },
  // A heading line (set from the document's structure, not the words): names a section, claims nothing.
  heading: { weight: -3.0, reason: "a heading" },
  // Fewer than six words rarely carries a checkable claim.
  veryShort: { weight: -2.2, reason: "very short" },
  // Headings and list labels without a verb.
  noVerb: { weight: -1.6, reason: "no verb" },
} as const;

export type Cue = keyof typeof CUES;

/** The score of a sentence that shows no cue at all, before the logistic: mostly not worth checking. */
export const BIAS = -1.4;

/** Sentences at or above this score are suggested (the precision-recall curve in npm run eval shows the trade). */
export const DEFAULT_THRESHOLD = 0.5;

/** Score bands shown to people instead of raw numbers; "medium" starts at the threshold of the model in use. */
export function scoreBand(score: number, threshold = DEFAULT_THRESHOLD): "high" | "medium" | "low" {
  if (score >= 0.8) return "high";
  if (score >= threshold) return "medium";
  return "low";
}

/**
 * The reasons a person sees for a set of cues under the hand-set weights: the ones that raised
 * the score, strongest first.
 */
export function reasonsFor(cues: Iterable<Cue>): string[] {
  return [...cues]
    .filter((c) => CUES[c].weight > 0)
    .sort((a, b) => CUES[b].weight - CUES[a].weight)
    .map((c) => CUES[c].reason);
}
