import type { Verdict } from "../verdicts";

// Ratings fact-checkers publish, by the words they start with, to the nearest Claimmark verdict.
// Order matters: "mostly false" must be read before "false", "half true" before "true".
const RATING_WORDS: [RegExp, Verdict][] = [
  [/^(mostly|largely) (true|correct|accurate)/, "MOSTLY_TRUE"],
  [/^(mostly|largely) (false|inaccurate|wrong)/, "MISLEADING"],
  [/^(half[- ]true|mixture|mixed|partly|partially|half)/, "MIXED"],
  [/^(misleading|missing context|out of context|needs context|exaggerat|distort|cherry)/, "MISLEADING"],
  [/^(false|pants on fire|fake|incorrect|wrong|inaccurate|fabricated|four pinocchios|debunked|hoax|scam)/, "FALSE"],
  [/^(true|correct|accurate|verified|confirmed)/, "TRUE"],
  [/^(unproven|unverified|unverifiable|no evidence|unsupported|research in progress|undetermined)/, "UNVERIFIABLE"],
];

/**
 * The Claimmark verdict nearest to a published rating ("Mostly False", "Pants on Fire"), for
 * prefilling a note from an earlier fact-check; null when the rating says nothing we can map
 * (the person then picks one).
 */
export function verdictForRating(rating: string | null): Verdict | null {
  if (!rating) return null;
  const words = rating.trim().toLowerCase();
  return RATING_WORDS.find(([pattern]) => pattern.test(words))?.[1] ?? null;
}
