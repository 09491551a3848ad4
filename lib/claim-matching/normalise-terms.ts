import { stemmer } from "stemmer";
import { eng } from "stopword";
import { ANALYSERS, type MatchLanguage } from "./languages";

// Words that carry no meaning for matching one claim to another: stopword's English list (MIT)
// and a few more. Posts are full of pronouns and small words; left in, they outweigh the one
// name or number a post shares with its fact-check.
const STOP_WORDS = new Set([
  ...eng,
  ..."a an the of in on at to for by with from as and or but is are was were be been being it its this that these those has have had do does did will would can could may might than then so such into over under about after before since until while during per each".split(
    " ",
  ),
]);

// Number words and symbols written out the same way, so "two million" meets "2 million" and
// "12%" meets "12 percent". Not synonyms of meaning: only spellings of the same thing.
const NUMBER_WORDS: Record<string, string> = {
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  eleven: "11",
  twelve: "12",
  dozen: "12",
  twenty: "20",
  thirty: "30",
  hundred: "100",
  thousand: "1000",
  million: "million",
  billion: "billion",
  trillion: "trillion",
  m: "million",
  bn: "billion",
  twice: "2",
  half: "half",
  third: "third",
  quarter: "quarter",
};

// Spellings of one name (country abbreviations, common short forms), applied to whole words.
const SAME_NAME: Record<string, string> = {
  us: "usa",
  u_s: "usa",
  america: "usa",
  american: "usa",
  americans: "usa",
  uk: "britain",
  eu: "europe",
  european: "europe",
  europeans: "europe",
  who: "who",
  co2: "carbon",
  obamacare: "affordable",
  gasoline: "petrol",
  vape: "cigarette",
  vapes: "cigarette",
  jab: "vaccine",
  mps: "parliament",
  lawmakers: "parliament",
  senators: "senate",
  washington: "usa",
  iea: "international energy agency",
  nimh: "nimh",
  km: "kilometre",
  kilometres: "kilometre",
  kilometers: "kilometre",
  "°c": "degree",
  celsius: "degree",
  percent: "percent",
  "%": "percent",
  dollars: "dollar",
  $: "dollar",
  euros: "euro",
  "€": "euro",
  pounds: "pound",
  "£": "pound",
};

// Stemming is the slow part of indexing 100,000 claims, and a language has far fewer words
// than that: each word is stemmed once per process.
const stems = new Map<string, string>();
const MAX_CACHED_STEMS = 200_000;
function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (stems.size < MAX_CACHED_STEMS) stems.set(word, stem);
  }
  return stem;
}

/**
 * The terms of a claim for matching: lower-cased words and numbers, stop words dropped, and
 * each word reduced to its stem, so "rose", "rising" and "risen" are not three different words
 * to the index. English also spells number words and symbols one way and reads common short
 * names ("U.S.", "EU") as one name, and stems with Porter (stemmer, MIT); Spanish, French,
 * Portuguese and German use their own stop words and Snowball stemmers (lib/claim-matching/languages.ts).
 */
export function matchTerms(text: string, language: MatchLanguage = "en"): string[] {
  if (language !== "en") return otherLanguageTerms(text, language);
  const spaced = text
    .toLowerCase()
    .replace(/\bu\.s\.(a\.)?/g, " usa ")
    .replace(/\bunited states\b/g, " usa ")
    .replace(/\bunited kingdom\b/g, " britain ")
    .replace(/\bper ?cent\b/g, " percent ")
    .replace(/(\d),(\d{3})\b/g, "$1$2")
    .replace(/(\d+(?:\.\d+)?)\s*(%|percent)/g, "$1 percent")
    .replace(/([$€£])\s*(\d)/g, "$1 $2")
    .replace(/(\d)(m|bn|k)\b/g, "$1 $2")
    .replace(/(\d+)–(\d+)/g, "$1 $2");
  const terms: string[] = [];
  for (const raw of spaced.match(/[$€£%]|[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu) ?? []) {
    const word = raw.replace(/['’]s$/, "");
    if (STOP_WORDS.has(word)) continue;
    const spelled = NUMBER_WORDS[word] ?? SAME_NAME[word] ?? word;
    for (const part of spelled.split(" ")) terms.push(/^\d/.test(part) ? part : stemOf(part));
  }
  return terms;
}

function otherLanguageTerms(text: string, language: Exclude<MatchLanguage, "en">): string[] {
  const { stem, stopWords } = ANALYSERS[language];
  const terms: string[] = [];
  for (const word of text
    .toLowerCase()
    .replace(/(\d)[.,](\d{3})\b/g, "$1$2")
    .match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (stopWords.has(word)) continue;
    terms.push(/^\d/.test(word) ? word : stem(word));
  }
  return terms;
}
