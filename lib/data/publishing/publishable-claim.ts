import type { Tx } from "../../db";
import { fail, notFound, type Result } from "../../result";
import { isVerdict, type Verdict } from "../../verdicts";

/** What publishing reads of a claim: its verdict, its document's facts, its notes' sources, its public fact-check. */
export const PUBLISHING_CLAIM = {
  id: true,
  documentId: true,
  exact: true,
  status: true,
  finalVerdict: true,
  finalSummary: true,
  withdrawnAt: true,
  reviewedBy: { select: { name: true } },
  document: {
    select: {
      workspaceId: true,
      author: true,
      publisher: true,
      publishedOn: true,
      originalUrl: true,
      language: true,
    },
  },
  notes: {
    where: { deletedAt: null },
    orderBy: { createdAt: "asc" },
    select: { sources: { orderBy: { position: "asc" }, select: { url: true, title: true } } },
  },
  factCheck: true,
} as const;

export const NEEDS_VERDICT =
  "Publishing needs a published final verdict with a source: publish the claim's verdict first.";
export const NEEDS_SOURCE =
  "Publishing needs a final verdict with a source: add a source to a verification note first.";

/** The claim's sources across its live notes, each address once, in the order the notes gave them. */
export function claimSources(notes: { sources: { url: string; title: string | null }[] }[]) {
  const seen = new Map<string, { url: string; title: string | null }>();
  for (const source of notes.flatMap((n) => n.sources)) if (!seen.has(source.url)) seen.set(source.url, source);
  return [...seen.values()];
}

/** Why a claim cannot be published now (no published final verdict, or no source), or null when it can. */
export function publishingBlocker(
  claim: { status: string; finalVerdict: string | null },
  sources: readonly unknown[],
): string | null {
  if (claim.status !== "REVIEWED" || !isVerdict(claim.finalVerdict)) return NEEDS_VERDICT;
  return sources.length ? null : NEEDS_SOURCE;
}

/**
 * A claim that may be published: found, not withdrawn, with a published final verdict and at
 * least one source on its notes — the rule that publishing the verdict itself keeps.
 */
export async function publishableClaim(tx: Tx, claimId: string) {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: PUBLISHING_CLAIM });
  if (!claim || claim.withdrawnAt) return notFound("That claim");
  const sources = claimSources(claim.notes);
  const blocker = publishingBlocker(claim, sources);
  if (blocker || !isVerdict(claim.finalVerdict)) return fail(409, blocker ?? NEEDS_VERDICT);
  const verdict: Verdict = claim.finalVerdict;
  return { ok: true as const, data: { claim, verdict, sources } } satisfies Result<unknown>;
}
