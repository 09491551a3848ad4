import { stemmer as germanStemmer } from "@orama/stemmers/german";
import { stemmer as frenchStemmer } from "@orama/stemmers/french";
import { stemmer as portugueseStemmer } from "@orama/stemmers/portuguese";
import { stemmer as spanishStemmer } from "@orama/stemmers/spanish";
import { francAll } from "franc-min";
import { deu, eng, fra, por, spa } from "stopword";

/** The languages matching analyses with their own stop words and stemmer; anything else is read as English. */
export const MATCH_LANGUAGES = ["en", "es", "fr", "pt", "de"] as const;
export type MatchLanguage = (typeof MATCH_LANGUAGES)[number];

/** Snowball stemmers (@orama/stemmers, Apache-2.0) and stop word lists (stopword, MIT) per language. */
export const ANALYSERS: Record<
  Exclude<MatchLanguage, "en">,
  { stem: (word: string) => string; stopWords: Set<string> }
> = {
  es: { stem: spanishStemmer, stopWords: new Set(spa) },
  fr: { stem: frenchStemmer, stopWords: new Set(fra) },
  pt: { stem: portugueseStemmer, stopWords: new Set(por) },
  de: { stem: germanStemmer, stopWords: new Set(deu) },
};

const FROM_ISO_639_3: Record<string, MatchLanguage> = { eng: "en", spa: "es", fra: "fr", por: "pt", deu: "de" };

const ENGLISH_STOP_WORDS = new Set(eng);

/**
 * The language of a text to match: a ClaimReview's `inLanguage` when it names one we analyse
 * ("es", "pt-BR", "French" are all read), else franc's guess among the five (franc-min, MIT)
 * when the text also has that language's own small words ("les", "und", "não": at least two,
 * and a tenth of its words), else English. Trigram guesses alone misread short English posts
 * ("Damn OK Haley… lol" as French); a wrong guess costs a match its stems, so English is the default.
 */
export function matchLanguage(text: string, declared?: string | null): MatchLanguage {
  const fromDeclared = declared ? languageFromTag(declared) : null;
  if (fromDeclared) return fromDeclared;
  // Counting each language's own small words is cheap and decides most texts: franc (the
  // costly part of indexing 100,000 fact-checks) is asked only when another language has some.
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const ownWords = (language: Exclude<MatchLanguage, "en">) =>
    words.filter((w) => ANALYSERS[language].stopWords.has(w) && !ENGLISH_STOP_WORDS.has(w)).length;
  const plausible = (language: Exclude<MatchLanguage, "en">) => {
    const own = ownWords(language);
    return own >= 2 && own >= words.length / 10;
  };
  if (!(["es", "fr", "pt", "de"] as const).some(plausible)) return "en";
  const [top] = francAll(text, { only: Object.keys(FROM_ISO_639_3), minLength: 20 });
  const guess = top ? FROM_ISO_639_3[top[0]] : undefined;
  return guess && guess !== "en" && plausible(guess) ? guess : "en";
}

const NAMES: Record<string, MatchLanguage> = {
  english: "en",
  spanish: "es",
  español: "es",
  french: "fr",
  français: "fr",
  portuguese: "pt",
  português: "pt",
  german: "de",
  deutsch: "de",
};

function languageFromTag(tag: string): MatchLanguage | null {
  const lower = tag.trim().toLowerCase();
  const primary = lower.split(/[-_]/)[0]!;
  if ((MATCH_LANGUAGES as readonly string[]).includes(primary)) return primary as MatchLanguage;
  return FROM_ISO_639_3[primary] ?? NAMES[lower] ?? null;
}
