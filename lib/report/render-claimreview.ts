import { RATING_SCALE, verdictLabel, verdictRating } from "../verdicts";
import type { Report } from "./report-model";

/** A schema.org ClaimReview as JSON-LD (the shape Google's fact-check markup documents). */
export interface ClaimReviewJsonLd {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { "@type": "Organization"; name: string; url: string };
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
    appearance: { "@type": "CreativeWork"; url: string; headline: string }[];
    firstAppearance: { "@type": "CreativeWork"; url: string; headline: string };
    datePublished: string;
  };
}

/**
 * One ClaimReview per claim with a final verdict (unreviewed claims have no review to
 * publish). Unverifiable has no number on the 1–5 scale, so its rating carries only the
 * verdict in words.
 */
export function renderClaimReview(report: Report): ClaimReviewJsonLd[] {
  const work = { "@type": "CreativeWork" as const, url: report.document.url, headline: report.document.title };
  return report.claims.flatMap((claim) => {
    if (!claim.finalVerdict || !claim.reviewedAt) return [];
    const rating = verdictRating(claim.finalVerdict);
    return [
      {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        url: claim.permalink,
        claimReviewed: claim.exact,
        datePublished: claim.reviewedAt.slice(0, 10),
        author: { "@type": "Organization", name: report.publisher.name, url: report.publisher.url },
        reviewRating: {
          "@type": "Rating",
          alternateName: verdictLabel(claim.finalVerdict),
          ...(rating === null ? {} : { ratingValue: rating, bestRating: RATING_SCALE.best, worstRating: RATING_SCALE.worst }),
          ...(claim.finalSummary ? { ratingExplanation: claim.finalSummary } : {}),
        },
        itemReviewed: {
          "@type": "Claim",
          appearance: [work],
          firstAppearance: work,
          datePublished: report.document.createdAt.slice(0, 10),
        },
      },
    ];
  });
}
