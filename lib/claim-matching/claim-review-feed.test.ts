import { describe, expect, it } from "vitest";
import { readClaimReviewFeed } from "./claim-review-feed";

const review = (overrides: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: "https://factcheck.example/2024/wage",
  claimReviewed: "The minimum wage has not increased since 2009.",
  datePublished: "2024-03-05",
  author: { "@type": "Organization", name: "Example Check" },
  itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "A. Senator" } },
  reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, alternateName: "False" },
  ...overrides,
});

describe("readClaimReviewFeed", () => {
  it("reads one ClaimReview object with its rating, reviewer, claimant, date, headline, appearance and language", () => {
    const read = readClaimReviewFeed(
      JSON.stringify(
        review({
          name: "Has the minimum wage stood still since 2009?",
          inLanguage: { "@type": "Language", name: "English", alternateName: "en" },
          itemReviewed: {
            "@type": "Claim",
            author: { "@type": "Person", name: "A. Senator" },
            appearance: [{ "@type": "CreativeWork", headline: "Senator speaks at rally" }, "https://x.example/post"],
          },
        }),
      ),
    );
    expect(read).toEqual({
      ok: true,
      skipped: [],
      items: [
        {
          url: "https://factcheck.example/2024/wage",
          claimReviewed: "The minimum wage has not increased since 2009.",
          rating: "False",
          reviewer: "Example Check",
          claimAuthor: "A. Senator",
          reviewedOn: "2024-03-05",
          headline: "Has the minimum wage stood still since 2009?",
          appearance: "Senator speaks at rally",
          inLanguage: "en",
        },
      ],
    });
  });

  it("reads an array and a DataFeed of DataFeedItems, as Google documents the feed", () => {
    const feed = {
      "@context": "https://schema.org",
      "@type": "DataFeed",
      dataFeedElement: [
        { "@type": "DataFeedItem", item: [review({ url: "https://factcheck.example/a" })] },
        {
          "@type": "DataFeedItem",
          item: review({ url: "https://factcheck.example/b", claimReviewed: "Second claim." }),
        },
        review({ url: "https://factcheck.example/c" }),
      ],
    };
    const read = readClaimReviewFeed(JSON.stringify(feed));
    expect(read.ok && read.items.map((i) => i.url)).toEqual([
      "https://factcheck.example/a",
      "https://factcheck.example/b",
      "https://factcheck.example/c",
    ]);
    const array = readClaimReviewFeed(
      JSON.stringify([review({ url: "https://x.example/1" }), review({ url: "https://x.example/2" })]),
    );
    expect(array.ok && array.items).toHaveLength(2);
  });

  it("keeps the valid items of a partial feed and lists the others by index with the reason", () => {
    const read = readClaimReviewFeed(
      JSON.stringify([
        review(),
        review({ claimReviewed: "", url: "https://x.example/empty" }),
        review({ url: undefined }),
        { "@type": "NewsArticle" },
        review({ url: "javascript:alert(1)" }),
        7,
      ]),
    );
    expect(read.ok && read.items).toHaveLength(1);
    expect(read.ok && read.skipped).toEqual([
      { index: 1, reason: "claimReviewed is missing or empty" },
      { index: 2, reason: "url is missing" },
      { index: 3, reason: 'not a ClaimReview (@type "NewsArticle")' },
      { index: 4, reason: "url is not an http(s) address" },
      { index: 5, reason: "not an object" },
    ]);
  });

  it("refuses a file that is not JSON, keeping nothing", () => {
    const read = readClaimReviewFeed("<html>not json</html>");
    expect(read.ok).toBe(false);
    expect(!read.ok && read.message).toMatch(/not JSON.*Nothing was imported/);
  });

  it("keeps HTML in the text as text, and numeric ratings as numbers of the best", () => {
    const read = readClaimReviewFeed(
      JSON.stringify(
        review({ claimReviewed: "<b>Bold</b> <script>x()</script>", reviewRating: { ratingValue: 2, bestRating: 5 } }),
      ),
    );
    expect(read.ok && read.items[0]).toMatchObject({
      claimReviewed: "<b>Bold</b> <script>x()</script>",
      rating: "2 of 5",
    });
  });

  it("keeps the later of two items with the same URL", () => {
    const read = readClaimReviewFeed(
      JSON.stringify([review({ claimReviewed: "Old wording." }), review({ claimReviewed: "New wording." })]),
    );
    expect(read.ok && read.items.map((i) => i.claimReviewed)).toEqual(["New wording."]);
  });
});
