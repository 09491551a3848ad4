import { interfaceLocaleFor, pageWords, type PageWords } from "../i18n/page-words";
import type { Verdict } from "../verdicts";

export interface PublicSource {
  url: string;
  title: string | null;
}

export interface PublicCorrection {
  note: string;
  /** ISO date-time */
  at: string;
}

/**
 * Everything a public fact-check page shows, and nothing else: no notes, replies or people
 * (the reviewer's name only when the desk shows names). Built from the PublishedFactCheck row alone.
 */
export interface PublicFactCheck {
  slug: string;
  headline: string;
  summary: string;
  verdict: Verdict;
  quote: string;
  claimAuthor: string | null;
  claimPublisher: string | null;
  /** "YYYY-MM-DD" */
  claimDate: string | null;
  claimUrl: string | null;
  sources: PublicSource[];
  language: string;
  reviewerName: string | null;
  firstPublishedAt: string;
  modifiedAt: string;
  underReviewSince: string | null;
  corrections: PublicCorrection[];
  version: number;
}

/** A fact-check that was unpublished: its address answers 410 with the reason. */
export interface WithdrawnFactCheck {
  slug: string;
  headline: string;
  unpublishedAt: string;
  reason: string;
}

/** A public page's absolute address. */
export const factCheckUrl = (origin: string, slug: string) => `${origin}/fact-checks/${encodeURIComponent(slug)}`;

/** Reads the stored sources, dropping anything that is not an http(s) link with an optional title. */
export function sourcesFrom(json: string): PublicSource[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((s: unknown) => {
    if (!s || typeof s !== "object") return [];
    const { url, title } = s as { url?: unknown; title?: unknown };
    if (typeof url !== "string" || !/^https?:\/\//i.test(url)) return [];
    return [{ url, title: typeof title === "string" && title ? title : null }];
  });
}

/**
 * The words a fact-check is framed in, everywhere it is shown (its page, cards, feed entry, oEmbed,
 * ClaimReview): its own language where the interface speaks it, English otherwise.
 */
export const factCheckWords = (fact: { language: string }): PageWords => pageWords(interfaceLocaleFor(fact.language));
