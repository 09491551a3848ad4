import { escapeHtml } from "../report/escape";
import { factCheckUrl } from "./public-fact-check";

/** /sitemap.xml (sitemaps.org 0.9): the public list and every public fact-check with its last change. */
export function renderSitemap(facts: readonly { slug: string; modifiedAt: string }[], origin: string): string {
  const url = (loc: string, lastmod?: string) =>
    `<url><loc>${escapeHtml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}</url>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    url(`${origin}/fact-checks`),
    ...facts.map((f) => url(factCheckUrl(origin, f.slug), f.modifiedAt)),
    "</urlset>",
    "",
  ].join("\n");
}
