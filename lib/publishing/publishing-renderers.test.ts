import { parseFeed } from "@rowanmanning/feed-parser";
import { describe, expect, it } from "vitest";
import { renderAtomFeed } from "./atom-feed";
import { claimReviewOf } from "./claim-review-jsonld";
import { defaultDeskSettings, type DeskSettings } from "./desk-settings";
import type { PublicFactCheck } from "./public-fact-check";
import { renderEmbedCard, renderShareCard } from "./render-cards";
import { renderPublicFactCheckPage } from "./render-public-page";
import { renderGonePage, renderPublicNotFound } from "./render-public-status";
import { renderPublicList } from "./render-public-list";
import { pageWords } from "../i18n/page-words";
import { renderSitemap } from "./sitemap";
import { schemaOrgProblems } from "./schemaorg/validate-schemaorg";

const ORIGIN = "https://checks.example.org";
const desk: DeskSettings = { ...defaultDeskSettings("Riverside Fact Desk", ""), updatedAt: "2026-12-01T00:00:00.000Z" };

const fact = (overrides: Partial<PublicFactCheck> = {}): PublicFactCheck => ({
  slug: "does-nvidia-dominate-ai-computing",
  headline: "Does Nvidia dominate AI computing?",
  summary: "Mostly true: Nvidia sells most AI accelerators.\n\nRivals are growing.",
  verdict: "MOSTLY_TRUE",
  quote: "Nvidia has long dominated the AI computing market",
  claimAuthor: "A. Writer",
  claimPublisher: "The Sample Review",
  claimDate: "2025-03-01",
  claimUrl: "https://news.example/essay",
  sources: [{ url: "https://example.org/market", title: "Market report" }],
  language: "en",
  reviewerName: "Rita Reviewer",
  firstPublishedAt: "2026-12-01T10:00:00.000Z",
  modifiedAt: "2026-12-05T09:30:00.000Z",
  underReviewSince: null,
  corrections: [{ note: "Added the 2025 figures.", at: "2026-12-05T09:30:00.000Z" }],
  version: 3,
  ...overrides,
});

/** The JSON-LD blocks of a page, parsed. */
const jsonLdOf = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));

/** The page's text as a person reads it: no tags, no head. */
const visibleText = (html: string) =>
  html
    .replace(/<head>[\s\S]*<\/head>/, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

describe("a public fact-check page", () => {
  it("carries exactly one ClaimReview, valid against the schema.org vocabulary, stating the verdict the page shows", () => {
    const html = renderPublicFactCheckPage(fact(), desk, ORIGIN);
    const blocks = jsonLdOf(html);
    expect(blocks).toHaveLength(1);
    const review = blocks[0];
    expect(schemaOrgProblems(review)).toEqual([]);
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      url: `${ORIGIN}/fact-checks/does-nvidia-dominate-ai-computing`,
      claimReviewed: "Nvidia has long dominated the AI computing market",
      datePublished: "2026-12-01",
      dateModified: "2026-12-05T09:30:00.000Z",
      inLanguage: "en",
      author: { "@type": "Organization", name: "Riverside Fact Desk", url: ORIGIN },
      reviewRating: { alternateName: "Mostly true", ratingValue: 4, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        "@type": "Claim",
        author: { name: "A. Writer" },
        datePublished: "2025-03-01",
        appearance: [{ url: "https://news.example/essay", publisher: { name: "The Sample Review" } }],
      },
    });
    expect(visibleText(html)).toContain("Verdict: Mostly true");
    expect(visibleText(html)).toContain("Updated 5 Dec 2026: Added the 2025 figures.");
  });

  it("uses the desk's own rating scale, and rates a verdict without a number in words only", () => {
    const scaled = {
      ...desk,
      ratingScale: { ...desk.ratingScale, worst: 0, best: 10, values: { ...desk.ratingScale.values, FALSE: 0 } },
    };
    expect(claimReviewOf(fact({ verdict: "FALSE" }), scaled, ORIGIN).reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "False",
      ratingValue: 0,
      bestRating: 10,
      worstRating: 0,
    });
    const unverifiable = claimReviewOf(fact({ verdict: "UNVERIFIABLE" }), desk, ORIGIN);
    expect(unverifiable.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable" });
    expect(schemaOrgProblems(unverifiable)).toEqual([]);
  });

  it("catches what is not schema.org, so the validation above can fail", () => {
    expect(schemaOrgProblems({ "@type": "ClaimReview", verdict: "x" })).toEqual([
      "$.verdict: not a schema.org property",
    ]);
    expect(schemaOrgProblems({ "@type": "ClaimReview", datePublished: "5 Dec" })).toHaveLength(1);
    expect(schemaOrgProblems({ "@type": "Claim", reviewRating: { "@type": "Rating" } })).toEqual([
      "$.reviewRating: not a property of Claim",
    ]);
  });

  it("shows people's words as text, never as markup, also inside the JSON-LD", () => {
    const hostile = '</script><script>alert("x")</script><img src=x onerror=alert(1)>';
    const html = renderPublicFactCheckPage(fact({ headline: hostile, quote: hostile, summary: hostile }), desk, ORIGIN);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(jsonLdOf(html)[0].claimReviewed).toBe(hostile);
  });

  it("has Open Graph and Twitter card tags naming the 1200×630 share image", () => {
    const html = renderPublicFactCheckPage(fact(), desk, ORIGIN);
    expect(html).toContain(
      '<meta property="og:image" content="https://checks.example.org/fact-checks/does-nvidia-dominate-ai-computing/image.png?v=3">',
    );
    expect(html).toContain('<meta property="og:image:width" content="1200">');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toContain('type="application/json+oembed"');
  });

  it("names the reviewer only when the desk chose to", () => {
    expect(renderPublicFactCheckPage(fact(), desk, ORIGIN)).not.toContain("Rita Reviewer");
    expect(renderPublicFactCheckPage(fact(), { ...desk, showReviewerNames: true }, ORIGIN)).toContain(
      "Reviewed by Rita Reviewer.",
    );
  });

  it("says a reopened claim is under review again", () => {
    const html = renderPublicFactCheckPage(fact({ underReviewSince: "2026-12-06T08:00:00.000Z" }), desk, ORIGIN);
    expect(visibleText(html)).toContain("Under review again since 6 Dec 2026. This verdict may change.");
  });

  it("reads in the fact-check's language, right to left for Arabic, what the desk wrote marked as its own", () => {
    const arabic = renderPublicFactCheckPage(
      fact({ underReviewSince: "2026-12-06T08:00:00.000Z", language: "ar", quote: "الذكاء الاصطناعي" }),
      desk,
      ORIGIN,
    );
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(visibleText(arabic)).toContain("قيد المراجعة مجددًا منذ 6 ديسمبر 2026.");
    expect(visibleText(arabic)).toContain("الحكم: صحيح في معظمه");
    expect(visibleText(arabic)).not.toMatch(/Under review|Sources|Published/);
    const spanish = renderPublicFactCheckPage(fact({ language: "es-MX" }), desk, ORIGIN);
    expect(spanish).toContain('<html lang="es" dir="ltr">');
    expect(visibleText(spanish)).toContain("Veredicto: Mayormente verdadero");
    expect(visibleText(spanish)).toContain("Publicada el 1 dic 2026 por Riverside Fact Desk.");
    // A language the interface does not speak: English words, the desk's text marked French.
    const french = renderPublicFactCheckPage(fact({ language: "fr" }), desk, ORIGIN);
    expect(french).toContain('<html lang="en" dir="ltr">');
    expect(french).toContain('<blockquote lang="fr" dir="auto">');
  });

  it("lists fact-checks in the visitor's language, and says so on the unpublished and missing pages", () => {
    const list = renderPublicList(
      { items: [fact(), fact({ slug: "b" })], total: 2, page: 1, pageCount: 1, q: "", verdict: null },
      desk,
      ORIGIN,
      pageWords("es"),
    );
    expect(list).toContain('<html lang="es" dir="ltr">');
    expect(visibleText(list)).toContain("Buscar verificaciones");
    expect(visibleText(list)).toContain("2 verificaciones");
    const gone = { slug: "x", headline: "Old check", unpublishedAt: "2026-12-06T00:00:00.000Z", reason: "Retracted" };
    expect(visibleText(renderGonePage(gone, desk, ORIGIN, pageWords("ar")))).toContain("السبب: Retracted");
    expect(visibleText(renderPublicNotFound(desk, ORIGIN, pageWords("es")))).toContain(
      "No hay ninguna verificación en esta dirección",
    );
  });

  it("keeps the reason on an unpublished address", () => {
    const html = renderGonePage(
      { slug: "x", headline: "Old check", unpublishedAt: "2026-12-06T00:00:00.000Z", reason: "Source retracted <b>" },
      desk,
      ORIGIN,
    );
    expect(visibleText(html)).toContain("Reason: Source retracted &lt;b&gt;");
  });
});

describe("embeds, feeds and the sitemap", () => {
  it("makes an embed card under 20 KB with no script", () => {
    const html = renderEmbedCard(fact({ quote: "word ".repeat(2000) }), desk, ORIGIN);
    expect(Buffer.byteLength(html)).toBeLessThan(20 * 1024);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain(">Mostly true<");
  });

  it("fits any quote on the share card and sets its direction", () => {
    const card = renderShareCard(fact({ quote: "長".repeat(500), language: "zh" }), desk);
    expect(card).toContain("width:1200px;height:630px");
    expect(card).toMatch(/“長{200,219}…”/);
  });

  it("writes an Atom feed a feed parser reads, an entry per fact-check updated by its correction", () => {
    const feed = parseFeed(
      renderAtomFeed([fact(), fact({ slug: "second", headline: "Second", corrections: [] })], desk, ORIGIN),
    );
    expect(feed.meta.type).toBe("atom");
    expect(feed.title).toBe("Riverside Fact Desk: fact-checks");
    expect(feed.items.map((i) => [i.id, i.title])).toEqual([
      [`${ORIGIN}/fact-checks/does-nvidia-dominate-ai-computing`, "Does Nvidia dominate AI computing?"],
      [`${ORIGIN}/fact-checks/second`, "Second"],
    ]);
    expect(feed.items[0]!.updated?.toISOString()).toBe("2026-12-05T09:30:00.000Z");
    expect(feed.items[0]!.published?.toISOString()).toBe("2026-12-01T10:00:00.000Z");
    expect(feed.items[0]!.description).toContain("Updated 5 Dec 2026: Added the 2025 figures.");
  });

  it("lists the public pages in the sitemap with their last change", () => {
    const xml = renderSitemap([{ slug: "a&b", modifiedAt: "2026-12-05T09:30:00.000Z" }], ORIGIN);
    expect(xml).toContain(`<loc>${ORIGIN}/fact-checks/a%26b</loc><lastmod>2026-12-05T09:30:00.000Z</lastmod>`);
    expect(xml).toContain(`<loc>${ORIGIN}/fact-checks</loc>`);
  });
});
