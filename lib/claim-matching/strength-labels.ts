/** "close": right at least 90 % of the time on held-out pairs; "possible": above the floor; "weak": below it. */
export type MatchStrength = "close" | "possible" | "weak";

// As people read it ("Close match", "Possible match"), in their language: Strengths in lib/i18n/messages.
