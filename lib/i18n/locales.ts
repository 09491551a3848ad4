import Negotiator from "negotiator";

/** The languages the interface speaks. English is the source every other is translated from. */
export const LOCALES = ["en", "es", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, as a person looking for their own language reads it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español", ar: "العربية" };

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(["ar"]);

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The page's writing direction in that language: the whole interface mirrors for Arabic. */
export const directionOf = (locale: Locale): "ltr" | "rtl" => (RIGHT_TO_LEFT.has(locale) ? "rtl" : "ltr");

/**
 * The interface language for a request: the person's own choice ("Language" on their profile)
 * when they made one, else the first of the browser's languages (Accept-Language, with its
 * q-weights; "es-MX" reads as "es") the interface speaks, else English.
 */
export function chooseLocale(chosen: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(chosen)) return chosen;
  const negotiated = new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } }).language([...LOCALES]);
  return isLocale(negotiated) ? negotiated : DEFAULT_LOCALE;
}
