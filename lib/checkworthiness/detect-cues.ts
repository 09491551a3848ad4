import type { Cue } from "./cue-weights";
import type { TaggedSentence, TaggedToken } from "./tag-sentences";

// Word lists for the cues (lemmas or lower-cased words). Kept short and general: they name
// kinds of statement, not topics, so they carry over to documents the weights never saw.
const RULE_LEMMAS = new Set([
  "require",
  "ban",
  "prohibit",
  "mandate",
  "allow",
  "permit",
  "approve",
  "pass",
  "sign",
  "enact",
  "fine",
  "vote",
  "impose",
  "exempt",
  "authorize",
  "authorise",
  "restrict",
  "repeal",
  "outlaw",
  "legalize",
  "legalise",
  "license",
  "regulate",
  "oblige",
  "force",
  "forbid",
  "launch",
  "release",
  "acquire",
  "found",
  "establish",
  "elect",
  "appoint",
  "dominate",
  "replicate",
  "invest",
  "spend",
  "cost",
  "employ",
  "own",
  "control",
  "hold",
  "win",
  "lose",
  "kill",
  "die",
  "vaccinate",
  "emit",
  "export",
  "import",
  "produce",
  "manufacture",
  "build",
  "discover",
  "invent",
  "sell",
  "buy",
  "earn",
  "pay",
  "lend",
  "borrow",
  "raise",
  "cut",
  "approve",
  "reject",
  "sue",
  "convict",
  "arrest",
  "deport",
  "include",
  "exclude",
  "cover",
  "account",
  "reach",
  "exceed",
  "record",
  "spawn",
]);
const ATTRIBUTION_LEMMAS = new Set([
  "report",
  "announce",
  "estimate",
  "reveal",
  "confirm",
  "publish",
  "survey",
  "study",
  "poll",
  "statistic",
  "data",
  "census",
  "audit",
  "analysis",
  "research",
  "researcher",
  "official",
  "spokesperson",
  "figure",
]);
const ATTRIBUTION_PHRASES = [
  /\baccording to\b/i,
  /\bas (stated|reported|noted) by\b/i,
  /\b(said|says|stated|told|testified) (that|in|on|to)\b/i,
  /\b(found|showed|shows|finds|concluded) that\b/i,
];
const TREND_LEMMAS = new Set([
  "rise",
  "fall",
  "increase",
  "decrease",
  "double",
  "triple",
  "quadruple",
  "halve",
  "grow",
  "decline",
  "drop",
  "surge",
  "jump",
  "climb",
  "shrink",
  "soar",
  "plunge",
  "slump",
  "rebound",
  "expand",
  "contract",
  "fell",
  "rose",
  "grew",
]);
const CAUSAL_PHRASES = [
  /\bbecause\b/i,
  /\bdue to\b/i,
  /\b(caus|led to|leads to|lead to)/i,
  /\bresult(s|ed)? in\b/i,
  /\bas a result\b/i,
  /\bthanks to\b/i,
  /\bresponsible for\b/i,
  /\b(linked|tied|attributed) to\b/i,
  /\bassociated with\b/i,
  /\b(prevents?|prevented|reduces?|reduced|cures?|cured)\b/i,
];
const QUANTIFIERS = new Set([
  "all",
  "every",
  "none",
  "majority",
  "minority",
  "half",
  "third",
  "quarter",
  "twice",
  "thrice",
  "dozens",
  "hundreds",
  "thousands",
  "millions",
  "billions",
  "nearly",
  "almost",
  "only",
  "each",
  "most",
  "no",
]);
const NUMBER_WORDS = new Set([
  "million",
  "millions",
  "billion",
  "billions",
  "trillion",
  "thousand",
  "thousands",
  "hundred",
  "hundreds",
  "dozen",
  "dozens",
  "percent",
  "half",
  "one-third",
  "two-thirds",
]);
const SUPERLATIVE_WORDS = new Set([
  "first",
  "last",
  "only",
  "best",
  "worst",
  "most",
  "least",
  "record",
  "ever",
  "highest",
  "lowest",
  "largest",
  "biggest",
  "smallest",
  "leading",
  "top",
]);
const COMPARATIVE_PHRASES = [
  /\b(more|less|fewer|greater|higher|lower|larger|smaller|faster|slower|cheaper) than\b/i,
  /\bcompared (to|with)\b/i,
  /\b(twice|three times|\w+ times) (as|more|less|higher|the)\b/i,
  /\boutnumber|outpace|overtake|surpass|exceed/i,
];
// "must" and "should" in a sentence about a rule state the rule ("lobbyists must register
// under the new rules"); elsewhere they recommend.
const OBLIGATION = /\b(should|must|ought to|need to|needs to|have to)\b/i;
const OPINION_PHRASES = [
  /\bI (think|believe|feel|guess|suppose)\b/,
  /\bin (my|our) (view|opinion)\b/i,
  /\blet'?s\b/i,
  /\bit is (time|clear|obvious|essential|important|necessary)\b/i,
  /\b(hopefully|clearly|obviously|undoubtedly|arguably)\b/i,
  /\bwe (believe|think|hope|want|need)\b/i,
];
const HEDGES = new Set([
  "may",
  "might",
  "perhaps",
  "maybe",
  "possibly",
  "could",
  "likely",
  "probably",
  "potentially",
  "presumably",
]);
const PERSONAL = new Set(["i", "we", "you", "our", "my", "your", "me"]);
const EVALUATIVE = new Set([
  "profound",
  "remarkable",
  "incredible",
  "amazing",
  "terrible",
  "wonderful",
  "fascinating",
  "crucial",
  "vital",
  "valuable",
  "idealism",
  "spirit",
  "landscape",
  "paradigm",
  "revolutionary",
  "beautiful",
  "powerful",
  "importantly",
  "particularly",
  "truly",
  "deeply",
  "unique",
  "brilliant",
  "disastrous",
  "shameful",
  "great",
  "magnificent",
  "inspiring",
  "exciting",
  "dream",
  "soul",
  "heart",
  "journey",
  "game",
  "moat",
  "momentum",
  "fission",
  "fragmentation",
  "ecosystem",
  "landscape",
  "destiny",
  "harmony",
  "wisdom",
]);
// Acronyms that are vocabulary rather than bodies someone could ask.
const COMMON_ACRONYMS = new Set([
  "AI",
  "API",
  "APIS",
  "OK",
  "TV",
  "CEO",
  "PC",
  "IT",
  "SAAS",
  "LLM",
  "LLMS",
  "FAQ",
  "PDF",
  "URL",
  "DNA",
  "RNA",
]);
const LAW_WORDS =
  /\b(Act|Law|Bill|Treaty|Regulation|Directive|Convention|Accord|Constitution|Amendment|Standard|Protocol|Licen[cs]e|Charter|Code|Statute|Ordinance|Decree)\b/;
const LAW_LOWER =
  /\b(law|laws|rules|legislation|regulation|regulations|statute|treaty|licen[cs]e|ordinance|decree|directive|court|ruling|tariff|tax|subsid(y|ies))\b/i;
const LICENCE_OR_STANDARD =
  /\b(GPL|LGPL|AGPL|MIT|BSD|Apache|MPL|GDPR|HIPAA|CCPA|ISO|IEC|IEEE|RFC)\b|\b[A-Z]{2,}-\d+(\.\d+)?\b/;
const DURATION =
  /\b(for|in|over|within|after|during) (just |only |nearly |almost |about |the (past|last|next) )?(a few|several|a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (days?|weeks?|months?|years?|decades?|centuries|hours?)\b/i;
const YEAR = /\b(1[89]\d\d|20\d\d)s?\b/;
// "two-thirds", "a quarter of", "one in five": shares written in words are numbers too.
const FRACTION =
  /\b(?:(?:one|two|three|four|a)[- ](?:half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)|(?:one|two|three) (?:in|out of) (?:two|three|four|five|six|seven|eight|nine|ten|\d+))\b/i;
// Pledges, intentions and hypotheticals speak of what has not happened: nothing to look up yet.
const PLEDGE =
  /\b(?:I|we|I'm|we're|I am|we are|I'll|we'll)\s+(?:will|going to|gonna|want to|plan to|intend to|promise to|would)\b|\b(?:I'll|we'll|we've got to|I've got to|if I'm|if I am|when I'm|when I am)\b/i;
const MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;

const isWord = (t: TaggedToken) => t.type === "word" || t.type === "number";

/**
 * Which cues a sentence shows, from its tagged tokens and its wording. Each cue is a plain,
 * explainable property (lib/checkworthiness/cue-weights.ts says what each is worth).
 */
export function detectCues(sentence: TaggedSentence): Set<Cue> {
  const cues = new Set<Cue>();
  const { tokens, entities, text } = sentence;
  const words = tokens.filter(isWord);
  const has = (entity: string) => entities.includes(entity);

  // Numbers that are not a list label at the start ("1、 Open Source …") or a year on its own.
  const numberTokens = tokens.filter(
    (t, i) => t.type === "number" && !(i === 0 && /^\d{1,2}$/.test(t.value)) && !/^(1[89]\d\d|20\d\d)$/.test(t.value),
  );
  if (
    numberTokens.length > 0 ||
    words.some((t) => NUMBER_WORDS.has(t.lower)) ||
    FRACTION.test(text) ||
    (has("CARDINAL") && numberTokens.length > 0)
  )
    cues.add("number");
  if (has("PERCENT") || /%|\bper ?cent\b/i.test(text)) cues.add("percentage");
  if (has("MONEY") || tokens.some((t) => t.type === "currency")) cues.add("money");
  if ((has("DATE") && (YEAR.test(text) || MONTH.test(text))) || YEAR.test(text)) cues.add("date");
  if (has("DURATION") || DURATION.test(text)) cues.add("duration");

  const properNouns = tokens.filter(
    (t, i) =>
      t.pos === "PROPN" &&
      /^\p{Lu}/u.test(t.value) &&
      !COMMON_ACRONYMS.has(t.value.toUpperCase()) &&
      (i > 0 || tokens[1]?.pos === "PROPN"),
  );
  if (properNouns.length > 0) cues.add("namedEntity");
  if (
    tokens.some((t) => /^[A-Z]{2,6}s?$/.test(t.value) && !COMMON_ACRONYMS.has(t.value.toUpperCase()) && t.value !== "I")
  )
    cues.add("agency");
  if ((LAW_WORDS.test(text) && properNouns.length > 0) || LICENCE_OR_STANDARD.test(text) || LAW_LOWER.test(text))
    cues.add("lawOrStandard");
  if (tokens.some((t) => (t.pos === "VERB" || t.pos === "NOUN") && RULE_LEMMAS.has(t.lemma))) cues.add("ruleVerb");

  const superlative = tokens.some((t, i) => {
    if (
      SUPERLATIVE_WORDS.has(t.lower) &&
      (t.lower !== "most" || ["ADJ", "ADV", "NOUN"].includes(tokens[i + 1]?.pos ?? ""))
    )
      return true;
    // "largest" → lemma "large": an -est form the tagger reads back to its base.
    return (t.pos === "ADJ" || t.pos === "ADV") && t.lower.endsWith("est") && t.lemma !== t.lower;
  });
  if (superlative) cues.add("superlative");
  // "at a lower rate than": a comparative form anywhere before "than" (not "rather than").
  const comparativeForm = tokens.some(
    (t) =>
      ["more", "less", "fewer"].includes(t.lower) ||
      ((t.pos === "ADJ" || t.pos === "ADV") && t.lower.endsWith("er") && t.lemma !== t.lower),
  );
  if (
    COMPARATIVE_PHRASES.some((p) => p.test(text)) ||
    (comparativeForm && /\bthan\b/i.test(text) && !/\brather than\b/i.test(text))
  )
    cues.add("comparative");
  if (ATTRIBUTION_PHRASES.some((p) => p.test(text)) || tokens.some((t) => ATTRIBUTION_LEMMAS.has(t.lemma)))
    cues.add("attribution");
  if (CAUSAL_PHRASES.some((p) => p.test(text))) cues.add("causal");
  if (tokens.some((t) => TREND_LEMMAS.has(t.lemma) || TREND_LEMMAS.has(t.lower))) cues.add("trend");
  if (words.some((t) => QUANTIFIERS.has(t.lower))) cues.add("quantifier");

  if (text.trimEnd().endsWith("?")) cues.add("question");
  if (OPINION_PHRASES.some((p) => p.test(text)) || (OBLIGATION.test(text) && !cues.has("lawOrStandard")))
    cues.add("opinion");
  if (words.some((t) => HEDGES.has(t.lower))) cues.add("hedge");
  if (PLEDGE.test(text)) cues.add("pledge");
  // "US" written in capitals is the country, not "us".
  if (words.some((t) => PERSONAL.has(t.lower) && t.value !== "US") || /\blet'?s\b/i.test(text)) cues.add("personal");
  if (words.some((t) => EVALUATIVE.has(t.lower)) || (/["“][^"”]{2,40}["”]/.test(text) && !cues.has("attribution")))
    cues.add("evaluative");
  if (words.length < 6) cues.add("veryShort");
  // A heading or a label: no verb and no closing punctuation (the tagger alone misreads
  // verbs such as "traps" or "limits" as nouns, so a full stop vouches for a sentence).
  if (!tokens.some((t) => t.pos === "VERB" || t.pos === "AUX") && !/[.!?…。」”"')]$/.test(text.trimEnd()))
    cues.add("noVerb");
  return cues;
}
