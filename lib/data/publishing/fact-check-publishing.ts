import type { z } from "zod";
import type { Db, Tx } from "../../db";
import { isUniqueViolation } from "../../db/errors";
import { firstFreeNumbered, slugOf } from "../../document/slug";
import { publicPagesChanged } from "../../publishing/public-changes";
import { fail, ok, type Failure, type Result } from "../../result";
import { detectLanguage } from "../../text/detect-language";
import { parseInput } from "../../validation/parse-input";
import { publishFactCheckSchema, unpublishFactCheckSchema, updateFactCheckSchema } from "../../validation/publishing";
import type { Actor } from "../actor";
import { recordEvent } from "../events/record-event";
import { reindexClaims } from "../fact-checks/match-entries";
import { inTransaction } from "../transaction";
import { admitMember, workspaceOfClaim } from "../workspaces/scope";
import { publishableClaim } from "./publishable-claim";

const CHECK_FIELDS = "Check the highlighted fields.";

type PublishInput = z.infer<typeof publishFactCheckSchema>;
type Publishable = Extract<Awaited<ReturnType<typeof publishableClaim>>, { ok: true }>["data"];

/** The public copy of a claim: the fields the form sent, the verdict and words as they stand now. */
function publicFields(input: PublishInput, { claim, verdict, sources }: Publishable) {
  const byUrl = new Map(sources.map((s) => [s.url, s]));
  return {
    headline: input.headline,
    summary: input.summary,
    verdict,
    quote: claim.exact,
    claimAuthor: input.claimAuthor ?? null,
    claimPublisher: input.claimPublisher ?? null,
    claimDate: input.claimDate ?? null,
    claimUrl: input.claimUrl ?? null,
    sourcesJson: JSON.stringify([...new Set(input.sources)].map((url) => byUrl.get(url)!)),
    // The document's language when someone set it, else the claim's own words'.
    language: claim.document.language ?? detectLanguage(claim.exact) ?? "en",
    reviewerName: claim.reviewedBy?.name ?? null,
    searchText: [input.headline, claim.exact, input.claimAuthor ?? ""].join("\n").toLowerCase(),
  };
}

/** The chosen sources must be the claim's own: the public page shows nothing else. */
function unknownSources(input: PublishInput, sources: Publishable["sources"]): Result<never> | null {
  const known = new Set(sources.map((s) => s.url));
  return input.sources.every((url) => known.has(url))
    ? null
    : fail(422, CHECK_FIELDS, { sources: "Choose among the claim's own sources." });
}

/** The first of the headline's slug, -2, -3… no fact-check has. */
async function freeSlug(tx: Tx, headline: string): Promise<string> {
  const base = slugOf(headline, "fact-check");
  const taken = await tx.publishedFactCheck.findMany({
    where: { slug: { startsWith: base } },
    select: { slug: true },
  });
  const slugs = new Set(taken.map((t) => t.slug));
  return firstFreeNumbered(base, (s) => !slugs.has(s));
}

/** The caller as an Editor of the claim's workspace, and the input read by `schema`: or why not. */
async function editorWithInput<S extends z.ZodType>(
  db: Db,
  caller: Actor | null,
  claimId: string,
  schema: S,
  input: unknown,
): Promise<{ ok: true; actor: Actor; data: z.output<S> } | Failure> {
  const admitted = await admitMember(workspaceOfClaim(db, claimId), caller, "review", "That claim");
  if (!admitted.ok) return admitted;
  const parsed = parseInput(schema, input, CHECK_FIELDS);
  if (!parsed.ok) return parsed;
  return { ok: true, actor: admitted.actor, data: parsed.data };
}

/** Runs a publishing write, and tells this process's public pages after it commits. */
async function publishingWrite<T>(db: Db, work: (tx: Tx) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    const result = await inTransaction(db, work);
    if (result.ok) publicPagesChanged();
    return result;
  } catch (error) {
    // Two reviewers publishing the same claim at once: the second finds it published.
    if (isUniqueViolation(error))
      return fail(409, "This fact-check changed while you were publishing. Reload and try again.");
    throw error;
  }
}

/**
 * "Publish fact-check" (Editors and Admins of the claim's workspace): makes /fact-checks/<slug>
 * public. A fact-check unpublished before is published again at the same address; its first
 * publication date stays.
 */
export async function publishFactCheck(
  db: Db,
  caller: Actor | null,
  claimId: string,
  input: unknown,
): Promise<Result<{ slug: string }>> {
  const parsed = await editorWithInput(db, caller, claimId, publishFactCheckSchema, input);
  if (!parsed.ok) return parsed;
  const actor = parsed.actor;
  return publishingWrite(db, async (tx) => {
    const publishable = await publishableClaim(tx, claimId);
    if (!publishable.ok) return publishable;
    const refused = unknownSources(parsed.data, publishable.data.sources);
    if (refused) return refused;
    const existing = publishable.data.claim.factCheck;
    if (existing && !existing.unpublishedAt)
      return fail(409, "This claim's fact-check is already published: change it with “Update fact-check”.");
    const now = new Date();
    const fields = { ...publicFields(parsed.data, publishable.data), modifiedAt: now, publishedById: actor.id };
    const saved = existing
      ? await tx.publishedFactCheck.update({
          where: { id: existing.id },
          data: {
            ...fields,
            unpublishedAt: null,
            unpublishReason: null,
            underReviewSince: null,
            version: { increment: 1 },
          },
        })
      : await tx.publishedFactCheck.create({
          data: {
            ...fields,
            slug: await freeSlug(tx, parsed.data.headline),
            claimId,
            workspaceId: publishable.data.claim.document.workspaceId,
            firstPublishedAt: now,
          },
        });
    await recordFactCheckEvent(tx, actor, publishable.data.claim, "factcheck.publish", {
      slug: saved.slug,
      headline: saved.headline,
    });
    await reindexClaims(tx, [claimId]);
    return ok({ slug: saved.slug }, { status: existing ? 200 : 201 });
  });
}

/**
 * "Update fact-check": the page takes the claim's verdict as it stands now and the fields sent,
 * and shows the one-line correction note with its date. The first publication date never changes.
 */
export async function updateFactCheck(
  db: Db,
  caller: Actor | null,
  claimId: string,
  input: unknown,
): Promise<Result<{ slug: string }>> {
  const parsed = await editorWithInput(db, caller, claimId, updateFactCheckSchema, input);
  if (!parsed.ok) return parsed;
  const actor = parsed.actor;
  return publishingWrite(db, async (tx) => {
    const publishable = await publishableClaim(tx, claimId);
    if (!publishable.ok) return publishable;
    const existing = publishable.data.claim.factCheck;
    if (!existing || existing.unpublishedAt)
      return fail(409, "This claim has no published fact-check to update: publish it first.");
    const refused = unknownSources(parsed.data, publishable.data.sources);
    if (refused) return refused;
    const now = new Date();
    await tx.publishedFactCheck.update({
      where: { id: existing.id },
      data: {
        ...publicFields(parsed.data, publishable.data),
        modifiedAt: now,
        underReviewSince: null,
        version: { increment: 1 },
        corrections: { create: { note: parsed.data.correction, authorId: actor.id, createdAt: now } },
      },
    });
    await recordFactCheckEvent(tx, actor, publishable.data.claim, "factcheck.update", {
      correction: parsed.data.correction,
    });
    await reindexClaims(tx, [claimId]);
    return ok({ slug: existing.slug });
  });
}

/** "Unpublish" with a reason: the address answers 410 Gone with the reason until it is published again. */
export async function unpublishFactCheck(
  db: Db,
  caller: Actor | null,
  claimId: string,
  input: unknown,
): Promise<Result<{ slug: string }>> {
  const parsed = await editorWithInput(db, caller, claimId, unpublishFactCheckSchema, input);
  if (!parsed.ok) return parsed;
  const actor = parsed.actor;
  return publishingWrite(db, async (tx) => {
    const existing = await tx.publishedFactCheck.findUnique({
      where: { claimId },
      include: { claim: { select: { id: true, documentId: true } } },
    });
    if (!existing || existing.unpublishedAt) return fail(409, "This claim has no published fact-check to unpublish.");
    await tx.publishedFactCheck.update({
      where: { id: existing.id },
      data: { unpublishedAt: new Date(), unpublishReason: parsed.data.reason, version: { increment: 1 } },
    });
    await recordFactCheckEvent(tx, actor, existing.claim, "factcheck.unpublish", { reason: parsed.data.reason });
    await reindexClaims(tx, [claimId]);
    return ok({ slug: existing.slug });
  });
}

function recordFactCheckEvent(
  tx: Tx,
  actor: Actor,
  claim: { id: string; documentId: string },
  action: "factcheck.publish" | "factcheck.update" | "factcheck.unpublish",
  after: Record<string, unknown>,
) {
  return recordEvent(tx, {
    actorId: actor.id,
    action,
    entityType: "claim",
    entityId: claim.id,
    documentId: claim.documentId,
    claimId: claim.id,
    after,
  });
}
