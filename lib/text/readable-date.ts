import type { Locale } from "../i18n/locales";

const formats = new Map<Locale, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

function formatsFor(locale: Locale) {
  let found = formats.get(locale);
  if (!found) {
    // English keeps "5 Dec 2026" (en-GB); the others write dates their own way.
    const tag = locale === "en" ? "en-GB" : locale;
    found = {
      day: new Intl.DateTimeFormat(tag, { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" }),
      time: new Intl.DateTimeFormat(tag, { timeZone: "UTC", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }),
    };
    formats.set(locale, found);
  }
  return found;
}

/** "5 Dec 2026" (Spanish "5 dic 2026"): a date as people read it, in UTC, so every reader of a page sees the same. */
export const readableDate = (iso: string, locale: Locale = "en"): string =>
  formatsFor(locale).day.format(new Date(iso));

/** "5 Dec 2026, 17:20 UTC". */
export const readableDateTime = (iso: string, locale: Locale = "en"): string =>
  `${readableDate(iso, locale)}, ${formatsFor(locale).time.format(new Date(iso))} UTC`;
