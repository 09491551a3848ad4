import type { Db } from "../../db";
import { sourcesFrom } from "../../publishing/public-fact-check";
import { notFound, ok, type Result } from "../../result";
import { MAX_HEADLINE_LENGTH } from "../../validation/publishing";
import type { Actor } from "../actor";
import { admitTo, workspaceOfClaim } from "../workspaces/scope";
import { claimSources, PUBLISHING_CLAIM, publishingBlocker } from "./publishable-claim";

export interface FactCheckDraft {
  /** none: never published; published: public now; unpublished: its address answers 410. */
  state: "none" | "published" | "unpublished";
  slug: string | null;
  firstPublishedAt: string | null;
  underReviewSince: string | null;
  unpublishReason: string | null;
  /** Why it cannot be published or updated now (no final verdict, no source); null when it can. */
  blocker: string | null;
  fields: {
    headline: string;
    summary: string;
    claimAuthor: string;
    claimPublisher: string;
    claimDate: string;
    claimUrl: string;
  };
  /** The claim's sources, each marked chosen when the page shows it (all of them, the first time). */
  sources: { url: string; title: string | null; chosen: boolean }[];
}

/**
 * What the publishing form starts from (Editors of the claim's workspace): the public page's
 * fields as published, or the first time the claim (headline), the final verdict's summary and
 * the document's author, publisher, date and address.
 */
export async function getFactCheckDraft(
  db: Db,
  caller: Actor | null,
  claimId: string,
): Promise<Result<FactCheckDraft>> {
  // As every read: a claim the caller may not read is not there (404), even for a visitor.
  const admitted = await admitTo(workspaceOfClaim(db, claimId), caller, "review", "That claim");
  if (!admitted.ok) return admitted;
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: PUBLISHING_CLAIM });
  if (!claim || claim.withdrawnAt) return notFound("That claim");
  const published = claim.factCheck;
  const sources = claimSources(claim.notes);
  const shown = published ? new Set(sourcesFrom(published.sourcesJson).map((s) => s.url)) : null;
  const blocker = publishingBlocker(claim, sources);
  const doc = claim.document;
  return ok({
    state: !published ? "none" : published.unpublishedAt ? "unpublished" : "published",
    slug: published?.slug ?? null,
    firstPublishedAt: published?.firstPublishedAt.toISOString() ?? null,
    underReviewSince: published?.underReviewSince?.toISOString() ?? null,
    unpublishReason: published?.unpublishReason ?? null,
    blocker,
    fields: published
      ? {
          headline: published.headline,
          summary: published.summary,
          claimAuthor: published.claimAuthor ?? "",
          claimPublisher: published.claimPublisher ?? "",
          claimDate: published.claimDate ?? "",
          claimUrl: published.claimUrl ?? "",
        }
      : {
          headline: claim.exact.replace(/\s+/g, " ").trim().slice(0, MAX_HEADLINE_LENGTH),
          summary: claim.finalSummary ?? "",
          claimAuthor: doc.author ?? "",
          claimPublisher: doc.publisher ?? "",
          claimDate: doc.publishedOn ?? "",
          claimUrl: doc.originalUrl ?? "",
        },
    sources: sources.map((s) => ({ ...s, chosen: shown ? shown.has(s.url) : true })),
  });
}
