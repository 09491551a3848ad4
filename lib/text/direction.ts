// Apart from detect-language.ts so the reader's bundle does not carry franc's trigram tables.

/** A language's name in the interface's language ("Arabic", "árabe"), for messages; the tag itself when unknown. */
export function languageName(language: string, inLanguage = "en"): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language" }).of(language) ?? language;
  } catch {
    return language;
  }
}

const RIGHT_TO_LEFT = new Set(["ar", "fa", "he", "ur", "yi", "ps", "sd", "ug", "dv"]);

/** The writing direction of a language's script ("ar-EG" as "ar"). */
export const directionOf = (language: string | null): "rtl" | "ltr" =>
  language && RIGHT_TO_LEFT.has(language.split("-")[0]!.toLowerCase()) ? "rtl" : "ltr";

/** The languages a document's details offer (BCP 47), the ones the reader and detection know. */
export const DOCUMENT_LANGUAGES = [
  "en",
  "es",
  "fr",
  "pt",
  "de",
  "it",
  "nl",
  "pl",
  "ro",
  "sv",
  "cs",
  "hu",
  "tr",
  "id",
  "vi",
  "ru",
  "uk",
  "el",
  "ar",
  "fa",
  "he",
  "ur",
  "hi",
  "th",
  "zh",
  "ja",
  "ko",
] as const;
