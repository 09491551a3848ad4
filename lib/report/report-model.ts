import type { ClaimStatus } from "../claim-status";
import type { RatingScale } from "../publishing/desk-settings";
import type { Verdict } from "../verdicts";

/** A source cited by a note, as reports show it. */
export interface ReportSource {
  url: string;
  title: string | null;
  /** The evidence captured of it, when there is a capture (lib/data/evidence/captures.ts). */
  capture?: ReportCapture | null;
}

export interface ReportCapture {
  capturedAt: string;
  /**
   * The captured files (screenshot, page archive, …), each with its absolute link and its own
   * SHA-256: whoever hashes the file they download gets the value printed beside it.
   */
  files: { label: string; url: string; sha256: string }[];
}

export interface ReportNote {
  authorName: string;
  verdict: Verdict;
  rationale: string;
  sources: ReportSource[];
  createdAt: string;
}

/** One claim as every report format sees it; all renderers take this and nothing else. */
export interface ReportClaim {
  id: string;
  /** The claim's permalink in the app (reader scrolled to it, panel open). */
  permalink: string;
  /** The annotation's own URL (W3C Web Annotation Protocol). */
  annotationUrl: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  status: ClaimStatus;
  flaggedBy: string;
  flaggedAt: string;
  updatedAt: string;
  finalVerdict: Verdict | null;
  finalSummary: string | null;
  reviewerName: string | null;
  reviewedAt: string | null;
  /** Verdicts proposed by the notes, most frequent first. */
  proposedVerdicts: { verdict: Verdict; count: number }[];
  notes: ReportNote[];
  /** Every source cited in the claim's notes, first citation first, without repeats. */
  sources: ReportSource[];
  /** A source changed or went away since the final verdict (lib/capture/changed-since-verdict.ts). */
  sourceChanged: boolean;
  /** Earlier fact-checks people linked as the same claim ("Same claim"), from either end. */
  sameClaimAs: ReportLinkedFactCheck[];
}

export interface ReportLinkedFactCheck {
  text: string;
  /** The verdict in words, or the imported rating as published. */
  verdict: string | null;
  url: string;
  /** The document of a Claimmark claim, or the organisation that published an imported fact-check. */
  context: string | null;
}

export interface Report {
  document: {
    slug: string;
    title: string;
    url: string;
    createdAt: string;
    /** The revision the report covers (the current one) and its own address. */
    revision?: number;
    revisionUrl?: string;
    /** Who made the claims, where and when they were published (ClaimReview's itemReviewed). */
    author?: string | null;
    publisher?: string | null;
    publishedOn?: string | null;
    originalUrl?: string | null;
  };
  generatedAt: string;
  /** The desk that publishes it, and the rating scale its ClaimReview uses (the default 1–5 when absent). */
  publisher: { name: string; url: string; ratingScale?: RatingScale };
  contributors: string[];
  options: ReportOptions;
  claims: ReportClaim[];
}

export interface ReportOptions {
  /** Only claims with a final verdict. */
  reviewedOnly: boolean;
  /** Show each claim's verification notes too. */
  includeNotes: boolean;
  /** Only claims whose final verdict is one of these (empty: all). */
  verdicts: Verdict[];
}
