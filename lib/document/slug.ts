import { foldAccents } from "../text/fold";

/**
 * Lower-case ASCII letters and digits joined by hyphens, accents folded ("Économie" →
 * "economie"); "" when the text has no Latin letters or digits (e.g. Chinese).
 */
export function hyphenatedWords(text: string): string {
  return foldAccents(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** At most `max` characters of a hyphenated name, cut at a hyphen where there is one. */
export function cutAtHyphen(name: string, max: number): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max);
  return cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut;
}

/** What every slug made here looks like: lower-case letters and digits, single hyphens between. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A URL slug from a title: its hyphenated words; titles with no Latin letters (e.g. Chinese)
 * get `fallback`. At most 80 characters, cut at a hyphen.
 */
export function slugOf(title: string, fallback = "document"): string {
  return cutAtHyphen(hyphenatedWords(title) || fallback, 80);
}

/** The first of base, base-2, base-3, … that `isFree` accepts. */
export function firstFreeNumbered(base: string, isFree: (candidate: string) => boolean): string {
  if (isFree(base)) return base;
  for (let n = 2; ; n++) if (isFree(`${base}-${n}`)) return `${base}-${n}`;
}

/** Slugs the app's own routes use under /documents/. */
const RESERVED = new Set(["new"]);

/** The first of slug, slug-2, slug-3, … that is neither taken nor reserved. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  return firstFreeNumbered(base, (slug) => !taken.has(slug) && !RESERVED.has(slug));
}
