/**
 * A URL slug from a title: lower-case ASCII letters and digits joined by hyphens, accents
 * folded ("Économie" → "economie"); titles with no Latin letters (e.g. Chinese) get
 * "document". At most 80 characters, cut at a hyphen.
 */
export function slugOf(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!slug) return "document";
  if (slug.length <= 80) return slug;
  const cut = slug.slice(0, 80);
  return cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut;
}

/** Slugs the app's own routes use under /documents/. */
const RESERVED = new Set(["new"]);

/** The first of slug, slug-2, slug-3, … that is neither taken nor reserved. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  const free = (slug: string) => !taken.has(slug) && !RESERVED.has(slug);
  if (free(base)) return base;
  for (let n = 2; ; n++) if (free(`${base}-${n}`)) return `${base}-${n}`;
}
