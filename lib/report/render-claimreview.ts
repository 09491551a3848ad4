import { DEFAULT_RATING_SCALE } from "../publishing/desk-settings";
import { verdictLabel } from "../verdicts";
import type { Report } from "./report-model";

interface Appearance {
  "@type": "CreativeWork";
  url: string;
  headline: string;
  datePublished?: string;
  publisher?: { "@type": "Organization"; name: string };
}

/** A schema.org ClaimReview as JSON-LD (the shape Google's fact-check markup documents). */
export interface ClaimReviewJsonLd {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { "@type": "Organization"; name: string; url: string };
  /** The final verdict's public summary. */
  reviewBody?: string;
  reviewRating: {
    "@type": "Rating";
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
    ratingExplanation?: string;
  };
  itemReviewed: {
    "@type": "Claim";
    author?: { "@type": "Person"; name: string };
    appearance: Appearance[];
    firstAppearance: Appearance;
    datePublished: string;
  };
}

/**
 * One ClaimReview per claim with a final verdict (unreviewed claims have no review to
 * publish), rated on the desk's scale. A verdict the scale gives no number (Unverifiable by
 * default) is rated in words only.
 */
export function renderClaimReview(report: Report): ClaimReviewJsonLd[] {
  const doc = report.document;
  // Where the claims appeared: the original publication when the document says where it is.
  const work: Appearance = {
    "@type": "CreativeWork",
    url: doc.originalUrl ?? doc.url,
    headline: doc.title,
    ...(doc.publishedOn ? { datePublished: doc.publishedOn } : {}),
    ...(doc.publisher ? { publisher: { "@type": "Organization" as const, name: doc.publisher } } : {}),
  };
  // The desk's own scale (/admin/settings), the one its public pages publish.
  const scale = report.publisher.ratingScale ?? DEFAULT_RATING_SCALE;
  return report.claims.flatMap((claim) => {
    if (!claim.finalVerdict || !claim.reviewedAt) return [];
    const rating = scale.values[claim.finalVerdict];
    return [
      {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: claim.permalink,
        claimReviewed: claim.exact,
        datePublished: claim.reviewedAt.slice(0, 10),
        author: { "@type": "Organization", name: report.publisher.name, url: report.publisher.url },
        // The final verdict's public summary is the review's text; notes stay internal.
        ...(claim.finalSummary ? { reviewBody: claim.finalSummary } : {}),
        reviewRating: {
          "@type": "Rating",
          alternateName: verdictLabel(claim.finalVerdict),
          ...(rating === null ? {} : { ratingValue: rating, bestRating: scale.best, worstRating: scale.worst }),
          ...(claim.finalSummary ? { ratingExplanation: claim.finalSummary } : {}),
        },
        itemReviewed: {
          "@type": "Claim",
          // schema.org allows a Person or an Organization; the document's author is recorded as a name only.
          ...(doc.author ? { author: { "@type": "Person" as const, name: doc.author } } : {}),
          appearance: [work],
          firstAppearance: work,
          datePublished: doc.publishedOn ?? doc.createdAt.slice(0, 10),
        },
      },
    ];
  });
}
