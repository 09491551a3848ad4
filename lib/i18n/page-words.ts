import { IntlMessageFormat } from "intl-messageformat";
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import { CAPTURE_FILES } from "../capture/capture-state";
import type { ClaimStatus } from "../claim-status";
import { readableDate, readableDateTime } from "../text/readable-date";
import type { Verdict } from "../verdicts";
import { DEFAULT_LOCALE, directionOf, isLocale, type Locale } from "./locales";
import { messagesFor, type Messages } from "./messages";

/**
 * The words and dates of the pages lib/ writes as HTML or Markdown (reports, public fact-check
 * pages) in one interface language: headings and labels from the interface's messages ("Report",
 * "Public"), verdicts and statuses from theirs, dates as that language writes them, always in UTC
 * so every reader of one page sees the same day. What people wrote (quotes, rationales, names)
 * stays as written.
 */
export interface PageWords {
  locale: Locale;
  dir: "ltr" | "rtl";
  report: ReturnType<typeof createTranslator<Messages, "Report">>;
  public: ReturnType<typeof createTranslator<Messages, "Public">>;
  verdict: (verdict: Verdict) => string;
  status: (status: ClaimStatus) => string;
  /** "6 Dec 2026" */
  date: (iso: string) => string;
  /** "6 Dec 2026, 09:41 UTC" */
  dateTime: (iso: string) => string;
  /** Items one after another, as this language separates them ("a, b, c"; in Arabic "a، b، c"). */
  list: (items: readonly string[]) => string;
  /** A captured file's label ("Screenshot") in this language. */
  fileLabel: (label: string) => string;
}

const FILE_KEYS = { png: "fileScreenshot", pdf: "filePdf", mhtml: "fileMhtml" } as const;

const languages = new Map<Locale, PageWords>();

type Formatters = NonNullable<Parameters<typeof createTranslator>[0]["_formatters"]>;

/**
 * use-intl's formatters, but with each message's compiled format kept by its text. use-intl
 * keys its own cache by the JSON of the message, its locale and every format on each call,
 * which was a third of rendering a 2,000-claim report; these translators pass no formats or
 * time zone of their own, so the text (and the locale) is the whole key.
 */
function messageCachingFormatters(): Formatters {
  const formatters: Formatters = _createIntlFormatters(_createCache());
  const compiled = new Map<string, IntlMessageFormat>();
  formatters.getMessageFormat = (message, locale, formats, options) => {
    const key = `${String(locale)}\u0000${String(message)}`;
    let format = compiled.get(key);
    if (!format) {
      format = new IntlMessageFormat(message, locale, formats, options);
      compiled.set(key, format);
    }
    return format;
  };
  return formatters;
}

/**
 * A translator that says its messages without values ("Notes", "Not yet reviewed") from memory
 * after the first time: a report asks for the same few labels once a claim.
 */
function rememberingPlain<T extends (key: never, ...rest: never[]) => string>(translate: T): T {
  const plain = new Map<string, string>();
  const remembering = (key: string, ...rest: unknown[]) => {
    if (rest.some((argument) => argument !== undefined)) return (translate as never as Untyped)(key, ...rest);
    let text = plain.get(key);
    if (text === undefined) {
      text = (translate as never as Untyped)(key);
      plain.set(key, text);
    }
    return text;
  };
  // Its other methods (rich, markup, has) stay the translator's own.
  return Object.assign(remembering, translate) as never as T;
}
type Untyped = (key: string, ...rest: unknown[]) => string;

export function pageWords(locale: Locale = DEFAULT_LOCALE): PageWords {
  const known = languages.get(locale);
  if (known) return known;
  const messages = messagesFor(locale);
  const _formatters = messageCachingFormatters();
  const report = rememberingPlain(createTranslator({ locale, messages, namespace: "Report", _formatters }));
  const verdicts = rememberingPlain(createTranslator({ locale, messages, namespace: "Verdicts", _formatters }));
  const statuses = rememberingPlain(createTranslator({ locale, messages, namespace: "Statuses", _formatters }));
  const language: PageWords = {
    locale,
    dir: directionOf(locale),
    report,
    public: rememberingPlain(createTranslator({ locale, messages, namespace: "Public", _formatters })),
    verdict: (verdict) => verdicts(verdict),
    status: (status) => statuses(status),
    date: (iso) => readableDate(iso, locale),
    dateTime: (iso) => readableDateTime(iso, locale),
    list: (items) => items.join(report("separator")),
    fileLabel: (label) => {
      const file = Object.values(CAPTURE_FILES).find((f) => f.label === label);
      return file ? report(FILE_KEYS[file.column]) : label;
    },
  };
  languages.set(locale, language);
  return language;
}

/**
 * The interface language a text in `language` (a BCP 47 tag: "es-MX", "ar", "fr") is framed in:
 * its own where the interface speaks it, English otherwise.
 */
export function interfaceLocaleFor(language: string | null | undefined): Locale {
  const primary = (language ?? "").split("-")[0]!.toLowerCase();
  return isLocale(primary) ? primary : DEFAULT_LOCALE;
}
