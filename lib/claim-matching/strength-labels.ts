/** "close": right at least 90 % of the time on held-out pairs; "possible": above the floor; "weak": below it. */
export type MatchStrength = "close" | "possible" | "weak";

/** A match's strength as people read it (the reader's panel, the API's documentation). */
export const STRENGTH_LABELS: Record<MatchStrength, string> = {
  close: "Close match",
  possible: "Possible match",
  weak: "Weak match",
};
