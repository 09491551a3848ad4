/** What Next.js hands a page as `searchParams`: a value is a string, or an array when repeated. */
export type SearchParamsRecord = Record<string, string | string[] | undefined>;

/**
 * Turns a page's searchParams into URLSearchParams, keeping repeated keys. Pages read their
 * query through this (and `get`, which takes the first value), so a repeated or odd key in
 * a hand-edited URL never reaches code that expects one string.
 */
export function searchParamsFrom(record: SearchParamsRecord): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  }
  return params;
}
