const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** A date as public pages print it: "5 Dec 2026" (UTC, so every reader and cache sees the same words). */
export function publicDate(iso: string): string {
  // "YYYY-MM-DD" dates (a claim's) are calendar days, read as such.
  return DAY.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
}
