/**
 * The verdict scale shared by notes, final verdicts and reports. Ordered from most to
 * least supported; UNVERIFIABLE sits outside the order (no rating, missing in agreement).
 */
export const VERDICTS = ["TRUE", "MOSTLY_TRUE", "MIXED", "MISLEADING", "FALSE", "UNVERIFIABLE"] as const;
export type Verdict = (typeof VERDICTS)[number];

interface VerdictInfo {
  label: string;
  /** ClaimReview ratingValue on the 1 (worst) to 5 (best) scale; null where no rating applies. */
  rating: number | null;
  /** The verdict chip's fill and edge (the reader's highlight colours); always paired with the label in text. */
  colour: string;
  edge: string;
}

const INFO: Record<Verdict, VerdictInfo> = {
  TRUE: { label: "True", rating: 5, colour: "#b7e4c7", edge: "#2b8a3e" },
  MOSTLY_TRUE: { label: "Mostly true", rating: 4, colour: "#d8f3dc", edge: "#2b8a3e" },
  // Violet, so Mixed never reads as Flagged (yellow).
  MIXED: { label: "Mixed", rating: 3, colour: "#e5dbff", edge: "#6741d9" },
  MISLEADING: { label: "Misleading", rating: 2, colour: "#fdba74", edge: "#c2410c" },
  FALSE: { label: "False", rating: 1, colour: "#fca5a5", edge: "#b42318" },
  UNVERIFIABLE: { label: "Unverifiable", rating: null, colour: "#e4e4e7", edge: "#52525b" },
};

/** The rating scale published with ClaimReview (reviewRating.bestRating / worstRating). */
export const RATING_SCALE = { best: 5, worst: 1 } as const;

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === "string" && (VERDICTS as readonly string[]).includes(value);
}

/** The verdict in words, as people read it ("Mostly true"). */
export function verdictLabel(verdict: Verdict): string {
  return INFO[verdict].label;
}

/** The 1–5 ClaimReview rating, or null for Unverifiable. */
export function verdictRating(verdict: Verdict): number | null {
  return INFO[verdict].rating;
}

export function verdictColours(verdict: Verdict): { fill: string; edge: string } {
  return { fill: INFO[verdict].colour, edge: INFO[verdict].edge };
}

/** Parses a verdict given in words or as its key ("Mostly true", "mostly_true"), else null. */
export function parseVerdict(value: string): Verdict | null {
  const key = value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_");
  if (isVerdict(key)) return key;
  return null;
}
