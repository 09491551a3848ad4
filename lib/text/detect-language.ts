import { francAll } from "franc-min";

/**
 * Scripts that name their language (or nearly): decided by counting letters, which is exact
 * and instant, before any statistics. Han alone is Chinese; with kana, Japanese.
 */
const SCRIPTS: { language: string; pattern: RegExp }[] = [
  { language: "ko", pattern: /\p{Script=Hangul}/gu },
  { language: "ja", pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu },
  { language: "zh", pattern: /\p{Script=Han}/gu },
  { language: "th", pattern: /\p{Script=Thai}/gu },
  { language: "he", pattern: /\p{Script=Hebrew}/gu },
  { language: "ar", pattern: /\p{Script=Arabic}/gu },
  { language: "hi", pattern: /\p{Script=Devanagari}/gu },
  { language: "el", pattern: /\p{Script=Greek}/gu },
];

/** Letters only Persian (and Urdu) write with the Arabic script: پ چ ژ گ ی ک. */
const PERSIAN_LETTERS = /[\u067E\u0686\u0698\u06AF\u06CC\u06A9]/gu;

/** franc-min's ISO 639-3 codes of the languages read from Latin or Cyrillic letters, as BCP 47. */
const FRANC_LANGUAGES: Record<string, string> = {
  eng: "en",
  spa: "es",
  fra: "fr",
  por: "pt",
  deu: "de",
  ita: "it",
  nld: "nl",
  pol: "pl",
  rus: "ru",
  ukr: "uk",
  tur: "tr",
  ind: "id",
  vie: "vi",
  swe: "sv",
  ron: "ro",
  ces: "cs",
  hun: "hu",
};

/** Shorter than this, a paragraph ("1、", "Figure 2") says too little: it takes its document's language. */
const MIN_LETTERS = 12;

/**
 * How much of a paragraph is read: trigram guesses settle within a few hundred characters,
 * and reading a long paragraph whole would cost a 50,000-word document a second.
 */
const SAMPLE = 400;

/** The paragraph's first SAMPLE characters, cut at a space so no word is read in half. */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE) return text;
  const cut = text.lastIndexOf(" ", SAMPLE);
  return text.slice(0, cut > SAMPLE / 2 ? cut : SAMPLE);
}

/**
 * The language a text's script names, when at least half its letters are of one such script
 * (Arabic, Persian, Hebrew, Han, kana, Hangul, Thai, Devanagari, Greek); null for Latin and
 * Cyrillic text, which statistics must tell apart.
 */
export function scriptLanguage(text: string, letters = text.match(/\p{L}/gu)?.length ?? 0): string | null {
  let best: { language: string; count: number } | null = null;
  for (const { language, pattern } of SCRIPTS) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > (best?.count ?? 0)) best = { language, count };
  }
  if (!best || best.count * 2 < letters) return null;
  if (best.language === "zh" && /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return "ja";
  if (best.language === "ar" && (text.match(PERSIAN_LETTERS)?.length ?? 0) >= 2) return "fa";
  return best.language;
}

/**
 * English's commonest small words, none of them a word of the other languages above ("a",
 * "in", "on" are left out: Spanish, German and Italian have them too).
 */
const ENGLISH_WORDS = new Set(
  "the of and that with was were are this from which have has had been would their they them will its it for by be an not but also".split(
    " ",
  ),
);

/** Plain English says so in its small words: a fifth of them, at least four. Decided without trigrams. */
function readsPlainlyAsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((word) => ENGLISH_WORDS.has(word)).length;
  return english >= 4 && english * 5 >= words.length;
}

/**
 * A paragraph's language as a BCP 47 tag ("en", "ar", "zh"), or null when it is too short or
 * too mixed to say. Scripts first (Arabic, Hebrew, Han, kana, Hangul, Thai, Devanagari,
 * Greek: the largest share of the letters, when it is at least half of them); Latin and
 * Cyrillic text by franc-min's trigrams (MIT) among the languages above.
 */
export function detectLanguage(paragraph: string): string | null {
  const text = sampleOf(paragraph);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (
    letters < MIN_LETTERS &&
    !/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{4}/u.test(text)
  )
    return null;
  const byScript = scriptLanguage(text, letters);
  if (byScript) return byScript;
  // Most paragraphs a desk reads are English: known at once, without franc's trigrams.
  if (readsPlainlyAsEnglish(text)) return "en";
  const [top] = francAll(text, { only: Object.keys(FRANC_LANGUAGES), minLength: MIN_LETTERS });
  return top && top[1] > 0 ? (FRANC_LANGUAGES[top[0]] ?? null) : null;
}
