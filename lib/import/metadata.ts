/** What an import knows about a document besides its text; every field optional and editable later. */
export interface DocumentMetadata {
  title?: string;
  /** The person or organisation that made the claims (ClaimReview's itemReviewed.author). */
  author?: string;
  publisher?: string;
  /** "YYYY-MM-DD" */
  publishedOn?: string;
  originalUrl?: string;
}

/** The first non-empty value, trimmed and with runs of whitespace collapsed, cut to a sane length. */
export function firstValue(...values: (string | null | undefined)[]): string | undefined {
  for (const value of values) {
    const clean = value?.replace(/\s+/g, " ").trim();
    if (clean) return clean.slice(0, 300);
  }
  return undefined;
}

/** A date in any form Date understands (ISO, RFC 2822, PDF's D:YYYYMMDD…) as "YYYY-MM-DD", or undefined. */
export function isoDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
  if (pdf) return `${pdf[1]}-${pdf[2] ?? "01"}-${pdf[3] ?? "01"}`;
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (day) return `${day[1]}-${day[2]}-${day[3]}`;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/**
 * A document's original address: the first value that is an http(s) address (a relative one
 * resolved against `base`, the page it came from), as a full URL. A "javascript:" or "data:"
 * canonical link in an imported page is never kept: the address is shown as a link.
 */
export function webAddress(base: string | undefined, ...values: (string | null | undefined)[]): string | undefined {
  for (const value of values) {
    const clean = value?.trim();
    if (!clean) continue;
    try {
      const url = new URL(clean, base);
      if ((url.protocol === "http:" || url.protocol === "https:") && url.href.length <= 2000) return url.href;
    } catch {
      // not an address: try the next one
    }
  }
  return undefined;
}
