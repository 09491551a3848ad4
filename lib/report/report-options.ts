import { isLocale, LOCALES, type Locale } from "../i18n/locales";
import { VERDICTS, type Verdict } from "../verdicts";
import type { ReportOptions } from "./report-model";

export const REPORT_FORMATS = ["html", "pdf", "md", "csv", "claimreview", "w3c"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const OPTION_NAMES = ["format", "reviewed", "notes", "verdicts", "lang"] as const;
const BOOLEAN_VALUES = ["1", "0", "true", "false"];

export type ParsedReportQuery =
  | {
      ok: true;
      format: ReportFormat | null;
      options: ReportOptions;
      /** The language the formats people read are written in, when the query names one. */
      language: Locale | null;
    }
  | { ok: false; message: string };

function parseBoolean(name: string, value: string | null): boolean | string {
  if (value === null || value === "") return false;
  if (!BOOLEAN_VALUES.includes(value))
    return `Option "${name}" must be one of ${BOOLEAN_VALUES.join(", ")}; got "${value}".`;
  return value === "1" || value === "true";
}

/**
 * Reads report options from a URL's query: `format`, `reviewed` (reviewed claims only),
 * `notes` (include notes), `verdicts` (comma-separated verdict keys) and `lang` (the language
 * of the formats people read: en, es or ar). Anything unknown
 * is refused with a message naming the allowed values, so a typo never silently widens a
 * report.
 */
export function parseReportQuery(params: URLSearchParams): ParsedReportQuery {
  for (const key of params.keys()) {
    if (!(OPTION_NAMES as readonly string[]).includes(key)) {
      return { ok: false, message: `Unknown option "${key}". Allowed options: ${OPTION_NAMES.join(", ")}.` };
    }
  }
  const formatValue = params.get("format");
  if (formatValue !== null && !(REPORT_FORMATS as readonly string[]).includes(formatValue)) {
    return { ok: false, message: `Unknown format "${formatValue}". Allowed formats: ${REPORT_FORMATS.join(", ")}.` };
  }
  const reviewedOnly = parseBoolean("reviewed", params.get("reviewed"));
  if (typeof reviewedOnly === "string") return { ok: false, message: reviewedOnly };
  const includeNotes = parseBoolean("notes", params.get("notes"));
  if (typeof includeNotes === "string") return { ok: false, message: includeNotes };
  const verdicts: Verdict[] = [];
  for (const raw of (params.getAll("verdicts").join(",") || "").split(",")) {
    const value = raw.trim();
    if (!value) continue;
    if (!(VERDICTS as readonly string[]).includes(value)) {
      return { ok: false, message: `Unknown verdict "${value}". Allowed verdicts: ${VERDICTS.join(", ")}.` };
    }
    if (!verdicts.includes(value as Verdict)) verdicts.push(value as Verdict);
  }
  const lang = params.get("lang");
  if (lang !== null && !isLocale(lang)) {
    return { ok: false, message: `Unknown language "${lang}". Allowed languages: ${LOCALES.join(", ")}.` };
  }
  return {
    ok: true,
    format: (formatValue as ReportFormat | null) ?? null,
    options: { reviewedOnly, includeNotes, verdicts },
    language: lang,
  };
}

/** The query string for options (the inverse of parseReportQuery), for links and downloads. */
/** The formats people read, in their language (lib/i18n/page-words.ts); the others are data, the same for everyone. */
export const PEOPLE_FORMATS: ReadonlySet<ReportFormat> = new Set(["html", "pdf", "md"]);

export function reportQuery(options: ReportOptions, format?: ReportFormat): string {
  const params = new URLSearchParams();
  if (format) params.set("format", format);
  if (options.reviewedOnly) params.set("reviewed", "1");
  if (options.includeNotes) params.set("notes", "1");
  if (options.verdicts.length) params.set("verdicts", options.verdicts.join(","));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Applies the options' filters to a list of claims. */
export function filterClaims<T extends { finalVerdict: Verdict | null }>(claims: T[], options: ReportOptions): T[] {
  return claims.filter((c) => {
    if (options.reviewedOnly && !c.finalVerdict) return false;
    if (options.verdicts.length && !(c.finalVerdict && options.verdicts.includes(c.finalVerdict))) return false;
    return true;
  });
}
