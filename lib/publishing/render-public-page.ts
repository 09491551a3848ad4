import type { PageWords } from "../i18n/page-words";
import { escapeHtml } from "../report/escape";
import { claimReviewOf, jsonLdScript } from "./claim-review-jsonld";
import type { DeskSettings } from "./desk-settings";
import { PUBLIC_CSS } from "./public-css";
import { factCheckUrl, factCheckWords, type PublicFactCheck } from "./public-fact-check";

const e = escapeHtml;

/**
 * The frame every public page shares: the desk's masthead, the public styles, no script; its
 * lang and dir those of its words.
 */
export function publicDocument(options: {
  title: string;
  words: PageWords;
  desk: DeskSettings;
  origin: string;
  head?: string;
  body: string;
}): string {
  const { desk, origin, words } = options;
  const logo = desk.logoUrl ? `<img src="${e(desk.logoUrl)}" alt="">` : "";
  return `<!doctype html>
<html lang="${words.locale}" dir="${words.dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(options.title)}</title>
<link rel="stylesheet" href="/fonts/report-fonts.css">
<link rel="alternate" type="application/atom+xml" title="${e(words.public("feedTitle", { organisation: desk.organisationName }))}" href="${e(origin)}/fact-checks/feed.xml">
${options.head ?? ""}
<style>${PUBLIC_CSS}</style>
</head>
<body>
<header class="masthead"><a href="${e(desk.organisationUrl || origin)}">${logo}${e(desk.organisationName)}</a><a href="/fact-checks">${e(words.public("allFactChecks"))}</a></header>
<main>
${options.body}
</main>
</body>
</html>
`;
}

/** The sharing tags: Open Graph and Twitter card, the share image, the oEmbed discovery link. */
function sharingTags(fact: PublicFactCheck, desk: DeskSettings, origin: string, words: PageWords): string {
  const url = factCheckUrl(origin, fact.slug);
  const description = `${words.verdict(fact.verdict)}: ${fact.summary}`.slice(0, 300);
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
    meta("property", "og:image:alt", `${words.verdict(fact.verdict)}: “${fact.quote}”`.slice(0, 420)),
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
function claimCaption(fact: PublicFactCheck, words: PageWords): string {
  const parts = [
    fact.claimAuthor ? e(fact.claimAuthor) : null,
    fact.claimPublisher ? e(fact.claimPublisher) : null,
    fact.claimDate ? e(words.date(fact.claimDate)) : null,
    fact.claimUrl
      ? `<a href="${e(fact.claimUrl)}" rel="nofollow noopener">${e(words.public("whereItAppeared"))}</a>`
      : null,
  ].filter((part): part is string => Boolean(part));
  // The parts go in escaped (the link as HTML); the message is the app's own.
  const list = words.list(parts);
  return parts.length ? `<figcaption>${words.public("claimedBy", { parts: list })}</figcaption>` : "";
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => `<p>${e(p.trim()).replace(/\n/g, "<br>")}</p>`)
    .join("\n");

/** The verdict chip: the verdict in words, coloured as everywhere else in Claimmark. */
export const verdictChip = (fact: PublicFactCheck, words: PageWords) =>
  `<span class="chip chip-${fact.verdict.toLowerCase()}">${e(words.verdict(fact.verdict))}</span>`;

/**
 * A public fact-check page: the headline, the claim, the verdict in words (the same verdict its
 * one ClaimReview states), the summary, the sources the desk chose, corrections with their dates,
 * and a banner while the claim is under review again. Nothing internal: it reads only `fact`.
 * Its words are in the fact-check's language where the interface speaks it (English otherwise),
 * so a Spanish fact-check reads in Spanish throughout; what the desk wrote carries its own lang.
 */
export function renderPublicFactCheckPage(fact: PublicFactCheck, desk: DeskSettings, origin: string): string {
  const words = factCheckWords(fact);
  const t = words.public;
  const lang = e(fact.language);
  const banner = fact.underReviewSince
    ? `<p class="banner" role="status">${e(t("underReview", { date: words.date(fact.underReviewSince) }))}</p>`
    : "";
  const sources = fact.sources.length
    ? `<section class="sources" aria-labelledby="sources"><h2 id="sources">${e(t("sources"))}</h2><ol>${fact.sources
        .map((s) => `<li><a href="${e(s.url)}" rel="nofollow noopener">${e(s.title ?? s.url)}</a></li>`)
        .join("")}</ol></section>`
    : "";
  const corrections = fact.corrections.length
    ? `<section class="corrections" aria-labelledby="corrections"><h2 id="corrections">${e(t("corrections"))}</h2><ul>${fact.corrections
        .map((c) => `<li>${e(t("updatedWithNote", { date: words.date(c.at), note: c.note }))}</li>`)
        .join("")}</ul></section>`
    : "";
  const reviewer =
    desk.showReviewerNames && fact.reviewerName ? ` ${e(t("reviewedBy", { name: fact.reviewerName }))}` : "";
  const licence = desk.licenceUrl
    ? `<a href="${e(desk.licenceUrl)}" rel="license">${e(desk.licenceName)}</a>`
    : e(desk.licenceName);
  const body = `<article>
${banner}
<p class="kicker">${e(t("kicker"))}</p>
<h1 lang="${lang}" dir="auto">${e(fact.headline)}</h1>
<figure class="claim"><blockquote lang="${lang}" dir="auto">${e(fact.quote)}</blockquote>${claimCaption(fact, words)}</figure>
<p class="verdict">${t("verdict", { chip: verdictChip(fact, words) })}</p>
<div lang="${lang}" dir="auto">${paragraphs(fact.summary)}</div>
${sources}
${corrections}
<footer><p>${e(t("published", { date: words.date(fact.firstPublishedAt), organisation: desk.organisationName }))}${
    fact.modifiedAt !== fact.firstPublishedAt ? ` ${e(t("updated", { date: words.date(fact.modifiedAt) }))}` : ""
  }${reviewer} ${t("licence", { licence })}</p></footer>
</article>`;
  return publicDocument({
    title: `${fact.headline} · ${desk.organisationName}`,
    words,
    desk,
    origin,
    head: `${sharingTags(fact, desk, origin, words)}\n${jsonLdScript(claimReviewOf(fact, desk, origin))}`,
    body,
  });
}
