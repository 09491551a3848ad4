import { escapeHtml } from "../report/escape";
import { directionOf } from "../text/direction";
import { verdictLabel } from "../verdicts";
import { claimReviewOf, jsonLdScript } from "./claim-review-jsonld";
import type { DeskSettings } from "./desk-settings";
import { PUBLIC_CSS } from "./public-css";
import { publicDate } from "./public-dates";
import { factCheckUrl, type PublicFactCheck } from "./public-fact-check";

const e = escapeHtml;

/** The frame every public page shares: the desk's masthead, the public styles, no script. */
export function publicDocument(options: {
  title: string;
  lang: string;
  desk: DeskSettings;
  origin: string;
  head?: string;
  body: string;
}): string {
  const { desk, origin } = options;
  const logo = desk.logoUrl ? `<img src="${e(desk.logoUrl)}" alt="">` : "";
  return `<!doctype html>
<html lang="${e(options.lang)}" dir="${directionOf(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(options.title)}</title>
<link rel="stylesheet" href="/fonts/report-fonts.css">
<link rel="alternate" type="application/atom+xml" title="${e(desk.organisationName)}: fact-checks" href="${e(origin)}/fact-checks/feed.xml">
${options.head ?? ""}
<style>${PUBLIC_CSS}</style>
</head>
<body>
<header class="masthead"><a href="${e(desk.organisationUrl || origin)}">${logo}${e(desk.organisationName)}</a><a href="/fact-checks">All fact-checks</a></header>
<main>
${options.body}
</main>
</body>
</html>
`;
}

/** The sharing tags: Open Graph and Twitter card, the share image, the oEmbed discovery link. */
function sharingTags(fact: PublicFactCheck, desk: DeskSettings, origin: string): string {
  const url = factCheckUrl(origin, fact.slug);
  const description = `${verdictLabel(fact.verdict)}: ${fact.summary}`.slice(0, 300);
  const image = `${url}/image.png?v=${fact.version}`;
  const meta = (attr: string, key: string, value: string) => `<meta ${attr}="${key}" content="${e(value)}">`;
  return [
    `<link rel="canonical" href="${e(url)}">`,
    meta("name", "description", description),
    meta("property", "og:type", "article"),
    meta("property", "og:site_name", desk.organisationName),
    meta("property", "og:title", fact.headline),
    meta("property", "og:description", description),
    meta("property", "og:url", url),
    meta("property", "og:image", image),
    meta("property", "og:image:type", "image/png"),
    meta("property", "og:image:width", "1200"),
    meta("property", "og:image:height", "630"),
    meta("property", "og:image:alt", `${verdictLabel(fact.verdict)}: “${fact.quote}”`.slice(0, 420)),
    meta("property", "og:locale", fact.language.replace("-", "_")),
    meta("property", "article:published_time", fact.firstPublishedAt),
    meta("property", "article:modified_time", fact.modifiedAt),
    meta("name", "twitter:card", "summary_large_image"),
    meta("name", "twitter:title", fact.headline),
    meta("name", "twitter:description", description),
    meta("name", "twitter:image", image),
    `<link rel="alternate" type="application/json+oembed" href="${e(`${origin}/api/oembed?url=${encodeURIComponent(url)}`)}" title="${e(fact.headline)}">`,
  ].join("\n");
}

/** Who made the claim, where and when, in one line; empty when the desk recorded none. */
function claimCaption(fact: PublicFactCheck): string {
  const parts = [
    fact.claimAuthor ? e(fact.claimAuthor) : null,
    fact.claimPublisher ? e(fact.claimPublisher) : null,
    fact.claimDate ? e(publicDate(fact.claimDate)) : null,
    fact.claimUrl ? `<a href="${e(fact.claimUrl)}" rel="nofollow noopener">where it appeared</a>` : null,
  ].filter(Boolean);
  return parts.length ? `<figcaption>Claimed by ${parts.join(", ")}</figcaption>` : "";
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => `<p>${e(p.trim()).replace(/\n/g, "<br>")}</p>`)
    .join("\n");

/** The verdict chip: the verdict in words, coloured as everywhere else in Claimmark. */
export const verdictChip = (fact: PublicFactCheck) =>
  `<span class="chip chip-${fact.verdict.toLowerCase()}">${e(verdictLabel(fact.verdict))}</span>`;

/**
 * A public fact-check page: the headline, the claim, the verdict in words (the same verdict its
 * one ClaimReview states), the summary, the sources the desk chose, corrections with their dates,
 * and a banner while the claim is under review again. Nothing internal: it reads only `fact`.
 */
export function renderPublicFactCheckPage(fact: PublicFactCheck, desk: DeskSettings, origin: string): string {
  const lang = fact.language;
  const banner = fact.underReviewSince
    ? `<p class="banner" role="status">Under review again since ${e(publicDate(fact.underReviewSince))}. This verdict may change.</p>`
    : "";
  const sources = fact.sources.length
    ? `<section class="sources" aria-labelledby="sources"><h2 id="sources">Sources</h2><ol>${fact.sources
        .map((s) => `<li><a href="${e(s.url)}" rel="nofollow noopener">${e(s.title ?? s.url)}</a></li>`)
        .join("")}</ol></section>`
    : "";
  const corrections = fact.corrections.length
    ? `<section class="corrections" aria-labelledby="corrections"><h2 id="corrections">Corrections</h2><ul>${fact.corrections
        .map((c) => `<li>Updated ${e(publicDate(c.at))}: ${e(c.note)}</li>`)
        .join("")}</ul></section>`
    : "";
  const reviewer = desk.showReviewerNames && fact.reviewerName ? ` Reviewed by ${e(fact.reviewerName)}.` : "";
  const licence = desk.licenceUrl
    ? `<a href="${e(desk.licenceUrl)}" rel="license">${e(desk.licenceName)}</a>`
    : e(desk.licenceName);
  const body = `<article>
${banner}
<p class="kicker">Fact-check</p>
<h1>${e(fact.headline)}</h1>
<figure class="claim"><blockquote dir="auto">${e(fact.quote)}</blockquote>${claimCaption(fact)}</figure>
<p class="verdict">Verdict: ${verdictChip(fact)}</p>
${paragraphs(fact.summary)}
${sources}
${corrections}
<footer><p>Published ${e(publicDate(fact.firstPublishedAt))} by ${e(desk.organisationName)}.${
    fact.modifiedAt !== fact.firstPublishedAt ? ` Updated ${e(publicDate(fact.modifiedAt))}.` : ""
  }${reviewer} Licence: ${licence}.</p></footer>
</article>`;
  return publicDocument({
    title: `${fact.headline} · ${desk.organisationName}`,
    lang,
    desk,
    origin,
    head: `${sharingTags(fact, desk, origin)}\n${jsonLdScript(claimReviewOf(fact, desk, origin))}`,
    body,
  });
}
