import { canReview, type AccessRole } from "./roles";

/** A live note on the claim, with what the rule needs to know of its author in the claim's workspace. */
export interface EvidenceNote {
  authorId: string;
  /** Their role in the claim's workspace ("READER" once they are no longer a member). */
  authorRole: AccessRole;
  /** When they joined the claim's workspace. */
  authorJoinedAt: Date;
  sourceCount: number;
}

export type SecondReview = { ok: true } | { ok: false; reason: string };

/**
 * The second-pair-of-eyes rule for settling a claim (publishing or reopening its verdict).
 * The person settling it did not flag it, and someone else backed it with evidence: at least
 * one note citing a source by another person who is an Editor or Admin of the claim's
 * workspace, or who joined it before the claim was flagged. Counting accounts is not enough: a
 * throw-away account made (or a stranger joining an open workspace) after the claim to write
 * one word would otherwise let a reviewer publish on their own claim.
 */
export function checkSecondReview(
  claim: { authorId: string; createdAt: Date },
  notes: readonly EvidenceNote[],
  settlerId: string,
): SecondReview {
  if (claim.authorId === settlerId) {
    return {
      ok: false,
      reason: "You flagged this claim, so another reviewer must settle its verdict (a second pair of eyes).",
    };
  }
  const independent = notes.some(
    (n) =>
      n.sourceCount > 0 && n.authorId !== settlerId && (canReview(n.authorRole) || n.authorJoinedAt < claim.createdAt),
  );
  if (independent) return { ok: true };
  return {
    ok: false,
    reason:
      "This claim needs a verification note that cites a source, written by someone else (a reviewer, or a member whose membership is older than the claim), before its verdict can be settled.",
  };
}
