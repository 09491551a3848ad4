import type { DeskSettings } from "./desk-settings";
import { factCheckUrl, factCheckWords, type PublicFactCheck } from "./public-fact-check";

/** The one schema.org ClaimReview a public fact-check page carries (Google's fact-check markup shape). */
export interface PublicClaimReview {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  name: string;
  claimReviewed: string;
  reviewBody: string;
  datePublished: string;
  dateModified: string;
  inLanguage: string;
  author: { "@type": "Organization"; name: string; url: string; logo?: { "@type": "ImageObject"; url: string } };
  reviewRating: {
    "@type": "Rating";
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  itemReviewed: {
    "@type": "Claim";
    author?: { "@type": "Person"; name: string };
    datePublished?: string;
    appearance?: {
      "@type": "CreativeWork";
      url: string;
      publisher?: { "@type": "Organization"; name: string };
    }[];
  };
  license?: string;
}

/**
 * The ClaimReview of a published fact-check, in the desk's rating scale. A verdict the scale gives
 * no number (Unverifiable by default) is rated in words only, as schema.org allows.
 */
export function claimReviewOf(fact: PublicFactCheck, desk: DeskSettings, origin: string): PublicClaimReview {
  const rating = desk.ratingScale.values[fact.verdict];
  const organisationUrl = desk.organisationUrl || origin;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: factCheckUrl(origin, fact.slug),
    name: fact.headline,
    claimReviewed: fact.quote,
    reviewBody: fact.summary,
    datePublished: fact.firstPublishedAt.slice(0, 10),
    dateModified: fact.modifiedAt,
    inLanguage: fact.language,
    author: {
      "@type": "Organization",
      name: desk.organisationName,
      url: organisationUrl,
      ...(desk.logoUrl ? { logo: { "@type": "ImageObject" as const, url: desk.logoUrl } } : {}),
    },
    reviewRating: {
      "@type": "Rating",
      // The verdict in the words of the fact-check's page (its inLanguage, where the interface speaks it).
      alternateName: factCheckWords(fact).verdict(fact.verdict),
      ...(rating === null
        ? {}
        : { ratingValue: rating, bestRating: desk.ratingScale.best, worstRating: desk.ratingScale.worst }),
    },
    itemReviewed: {
      "@type": "Claim",
      ...(fact.claimAuthor ? { author: { "@type": "Person" as const, name: fact.claimAuthor } } : {}),
      ...(fact.claimDate ? { datePublished: fact.claimDate } : {}),
      ...(fact.claimUrl
        ? {
            appearance: [
              {
                "@type": "CreativeWork" as const,
                url: fact.claimUrl,
                ...(fact.claimPublisher
                  ? { publisher: { "@type": "Organization" as const, name: fact.claimPublisher } }
                  : {}),
              },
            ],
          }
        : {}),
    },
    ...(desk.licenceUrl ? { license: desk.licenceUrl } : {}),
  };
}

/**
 * JSON-LD inside a <script> element: "<" is escaped so no text a person wrote can close the
 * element (JSON.parse reads \u003c back as "<").
 */
export function jsonLdScript(value: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(value).replace(/</g, "\\u003c")}</script>`;
}
