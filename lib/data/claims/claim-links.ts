import type { Db } from "../../db";
import { canReview } from "../../roles";
import { isVerdict, verdictLabel } from "../../verdicts";
import { fail, forbidden, notFound, ok, type Result } from "../../result";
import type { Actor } from "../actor";
import { recordEvent } from "../events/record-event";
import { isUniqueViolation } from "../../db/errors";
import { claimLinkSchema } from "../../validation/fact-check";
import { parseInput } from "../../validation/parse-input";
import { matchableWorkspaceIds } from "../workspaces/fact-check-sharing";
import { linkEndVisibility } from "../workspaces/link-visibility";
import { admitMember, readableWorkspaceIds, workspaceOfClaim, workspaceOfLink } from "../workspaces/scope";

/** What a "Same claim" link points at: another Claimmark claim or an imported fact-check. */
export type LinkTarget = { kind: "claim"; id: string } | { kind: "factcheck"; id: string };

/** A link as the panel and the report show it, seen from either end. */
export interface ClaimLinkView {
  id: string;
  relation: "SAME_CLAIM";
  /** "claimmark" for another claim, "imported" for an imported fact-check. */
  source: "claimmark" | "imported";
  targetId: string;
  text: string;
  verdict: string | null;
  url: string;
  /** Where it was published: the document of a claim, the organisation of an imported fact-check. */
  context: string | null;
  createdByName: string;
  createdAt: string;
  /** Whether the viewer may remove it (its creator or a reviewer). */
  removable?: boolean;
}

/**
 * "Same claim": links a claim to an earlier fact-check of the same statement (any signed-in
 * member; the link is a suggestion to reviewers, who still publish the verdict). The target
 * must be a claim with a published final verdict, or an imported fact-check. Linking twice is
 * refused (409); the link and its event are one transaction.
 */
export async function linkClaim(
  db: Db,
  caller: Actor | null,
  claimId: string,
  input: unknown,
  newId?: string,
): Promise<Result<{ id: string }>> {
  const admitted = await admitMember(workspaceOfClaim(db, claimId), caller, "check", "That claim");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  const parsed = parseInput(claimLinkSchema, input);
  if (!parsed.ok) return parsed;
  const target: LinkTarget =
    "claimId" in parsed.data
      ? { kind: "claim", id: parsed.data.claimId }
      : { kind: "factcheck", id: parsed.data.factCheckId };
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: { id: true, documentId: true, withdrawnAt: true },
  });
  if (!claim || claim.withdrawnAt) return notFound("That claim");
  // Only what "Already fact-checked?" could show the claim: its workspace's and shared ones.
  const matchable = await matchableWorkspaceIds(db, admitted.workspace.id);
  if (target.kind === "claim") {
    if (target.id === claimId) return fail(422, "A claim cannot be linked to itself.");
    const other = await db.claim.findUnique({
      where: { id: target.id },
      select: { status: true, finalVerdict: true, withdrawnAt: true, document: { select: { workspaceId: true } } },
    });
    if (!other || other.withdrawnAt || !matchable.includes(other.document.workspaceId))
      return notFound("The claim to link");
    if (other.status !== "REVIEWED" || !other.finalVerdict)
      return fail(422, "That claim has no published verdict yet, so it is not a fact-check to link.");
  } else {
    const factCheck = await db.externalFactCheck.findUnique({
      where: { id: target.id },
      select: { workspaceId: true },
    });
    if (!factCheck || !matchable.includes(factCheck.workspaceId)) return notFound("That fact-check");
  }
  try {
    const link = await db.$transaction(async (tx) => {
      const created = await tx.claimLink.create({
        data: {
          ...(newId ? { id: newId } : {}),
          claimId,
          relation: "SAME_CLAIM",
          createdById: actor.id,
          ...(target.kind === "claim" ? { linkedClaimId: target.id } : { factCheckId: target.id }),
        },
        select: { id: true },
      });
      await recordEvent(tx, {
        actorId: actor.id,
        action: "claim.link",
        entityType: "claim",
        entityId: claimId,
        documentId: claim.documentId,
        claimId,
        after: { relation: "SAME_CLAIM", target },
      });
      return created;
    });
    return ok(link, { status: 201 });
  } catch (error) {
    if (isUniqueViolation(error)) return fail(409, "These two are linked already.");
    throw error;
  }
}

/** Removes a link: the person who made it, or a reviewer. Recorded as an event. */
export async function unlinkClaim(db: Db, caller: Actor | null, linkId: string): Promise<Result<{ id: string }>> {
  const admitted = await admitMember(workspaceOfLink(db, linkId), caller, "check", "That link");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor;
  const link = await db.claimLink.findUnique({
    where: { id: linkId },
    select: {
      id: true,
      claimId: true,
      createdById: true,
      linkedClaimId: true,
      factCheckId: true,
      claim: { select: { documentId: true } },
    },
  });
  if (!link) return notFound("That link");
  if (link.createdById !== actor.id && !canReview(actor.role))
    return forbidden("Only the person who made this link, or a reviewer, can remove it.");
  await db.$transaction(async (tx) => {
    await tx.claimLink.delete({ where: { id: linkId } });
    await recordEvent(tx, {
      actorId: actor.id,
      action: "claim.unlink",
      entityType: "claim",
      entityId: link.claimId,
      documentId: link.claim.documentId,
      claimId: link.claimId,
      before: {
        relation: "SAME_CLAIM",
        target: link.linkedClaimId
          ? { kind: "claim", id: link.linkedClaimId }
          : { kind: "factcheck", id: link.factCheckId },
      },
    });
  });
  return ok({ id: linkId });
}

const claimSide = {
  select: {
    id: true,
    exact: true,
    finalVerdict: true,
    withdrawnAt: true,
    document: { select: { slug: true, title: true, workspaceId: true } },
  },
} as const;

/**
 * A claim's links from both ends: the fact-checks it was linked to, and the claims that were
 * linked to it ("linked claims show each other").
 */
export async function listClaimLinks(db: Db, claimId: string, viewer: Actor | null): Promise<ClaimLinkView[]> {
  const rows = await db.claimLink.findMany({
    where: { OR: [{ claimId }, { linkedClaimId: claimId }] },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      claimId: true,
      createdById: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      claim: claimSide,
      linkedClaim: claimSide,
      factCheck: true,
    },
  });
  // Most claims have no links: the panel's every open should not pay for the visibility reads.
  if (rows.length === 0) return [];
  const visible = await linkEndVisibility(db, await readableWorkspaceIds(db, viewer));
  return rows.flatMap((row): ClaimLinkView[] => {
    const base = {
      id: row.id,
      relation: "SAME_CLAIM" as const,
      createdByName: row.createdBy.name,
      createdAt: row.createdAt.toISOString(),
      removable: Boolean(viewer && (viewer.id === row.createdById || canReview(viewer.role))),
    };
    if (row.factCheck) {
      return [
        {
          ...base,
          source: "imported",
          targetId: row.factCheck.id,
          text: row.factCheck.claimReviewed,
          verdict: row.factCheck.rating,
          url: row.factCheck.url,
          context: row.factCheck.reviewer,
        },
      ];
    }
    const other = row.claimId === claimId ? row.linkedClaim : row.claim;
    if (!other || other.withdrawnAt || !visible(other)) return [];
    return [
      {
        ...base,
        source: "claimmark",
        targetId: other.id,
        text: other.exact,
        verdict: isVerdict(other.finalVerdict) ? verdictLabel(other.finalVerdict) : null,
        url: `/documents/${other.document.slug}#claim-${other.id}`,
        context: other.document.title,
      },
    ];
  });
}
