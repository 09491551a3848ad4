import { verdictAgreement } from "../../agreement";
import { CLAIM_STATUSES, type ClaimStatus } from "../../claim-status";
import type { Db } from "../../db";
import { forbidden, ok, unauthenticated, type Result } from "../../result";
import { canReview } from "../../roles";
import { isVerdict, VERDICTS, type Verdict } from "../../verdicts";
import type { Actor } from "../actor";
import { workspacesWhere } from "../workspaces/scope";

export interface StatsBlock {
  label: string;
  total: number;
  byStatus: Record<ClaimStatus, number>;
  byVerdict: Record<Verdict, number>;
  agreement: { alpha: number | null; claims: number; notes: number };
}

const emptyBlock = (label: string): StatsBlock => ({
  label,
  total: 0,
  byStatus: Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>,
  byVerdict: Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>,
  agreement: { alpha: null, claims: 0, notes: 0 },
});

/**
 * Counts by status and final verdict, per document and overall, and inter-annotator agreement
 * (Krippendorff's ordinal alpha over claims with two or more notes; Unverifiable is missing).
 */
export async function getReviewStats(
  db: Db,
  actor: Actor | null,
): Promise<Result<{ overall: StatsBlock; documents: StatsBlock[] }>> {
  if (!actor) return unauthenticated();
  // The workspaces the caller reviews in, and nothing else.
  const workspaceIds = workspacesWhere(actor, canReview);
  if (workspaceIds.length === 0) return forbidden("You need the reviewer role to see review statistics.");
  const inWorkspaces = { workspaceId: { in: workspaceIds } };
  const [documents, claims] = await Promise.all([
    db.document.findMany({ where: inWorkspaces, orderBy: { createdAt: "asc" }, select: { id: true, title: true } }),
    db.claim.findMany({
      where: { withdrawnAt: null, document: inWorkspaces },
      select: {
        documentId: true,
        status: true,
        finalVerdict: true,
        notes: { where: { deletedAt: null }, select: { verdict: true } },
      },
    }),
  ]);
  const overall = emptyBlock("All documents");
  const perDocument = new Map(documents.map((d) => [d.id, emptyBlock(d.title)]));
  const unitsOverall: Verdict[][] = [];
  const unitsPerDocument = new Map<string, Verdict[][]>();
  for (const claim of claims) {
    const block = perDocument.get(claim.documentId);
    for (const b of block ? [overall, block] : [overall]) {
      b.total += 1;
      if (claim.status in b.byStatus) b.byStatus[claim.status as ClaimStatus] += 1;
      if (isVerdict(claim.finalVerdict)) b.byVerdict[claim.finalVerdict] += 1;
    }
    const verdicts = claim.notes.map((n) => n.verdict).filter(isVerdict);
    if (verdicts.length >= 2) {
      unitsOverall.push(verdicts);
      unitsPerDocument.set(claim.documentId, [...(unitsPerDocument.get(claim.documentId) ?? []), verdicts]);
    }
  }
  overall.agreement = verdictAgreement(unitsOverall);
  for (const [id, block] of perDocument) block.agreement = verdictAgreement(unitsPerDocument.get(id) ?? []);
  return ok({ overall, documents: [...perDocument.values()] });
}
