import { randomUUID } from "node:crypto";
import { checkSelection } from "../../anchoring/selection";
import { directOf, type Db } from "../../db";
import { raw, sql } from "../../db/raw-statement";
import { fail, forbidden, notFound, ok, unauthenticated, type Result } from "../../result";
import { isAdmin } from "../../roles";
import { flagClaimSchema, type FlagClaimInput } from "../../validation/claim";
import type { Actor } from "../actor";
import { summaryQuote, type ClaimSummary } from "../documents/documents";
import { JUST_FLAGGED } from "../../document/page-claims";
import { getDocumentText, headUnchanged, rememberedDocumentText, type DocumentText } from "../documents/document-text";
import { searchTextOf } from "../notes/note-stats";
import { createOnce, keyReused } from "../create-once";
import { eventData, recordEvent } from "../events/record-event";
import { parseInput } from "../../validation/parse-input";
import { inTransaction } from "../transaction";
import { admit, admitMember, workspaceOfClaim } from "../workspaces/scope";

/**
 * Flags the selection [start, end) of a document as a claim. The server recomputes both
 * W3C selectors from its own copy of the text; the reader's `exact` must match it, so a
 * reader looking at stale text cannot anchor a claim to the wrong words.
 */
export async function flagClaim(
  db: Db,
  actor: Actor | null,
  slug: string,
  input: unknown,
  id: string = randomUUID(),
  /** When the claim is flagged: its createdAt (a caller answering with what it wrote passes its own). */
  now: Date = new Date(),
): Promise<Result<ClaimSummary>> {
  if (!actor) return unauthenticated();
  const parsed = parseInput(flagClaimSchema, input);
  if (!parsed.ok) return parsed;
  // First against the text this process last read, unasked: the write lands only if the
  // document and its workspace are still as they were then (headUnchanged), which saves the
  // hot path a round trip (npm run bench, "The flag write"). Anything else it would answer,
  // refusals too, is decided again on a fresh read.
  const remembered = rememberedDocumentText(db, slug);
  if (remembered) {
    const answer = await flagIn(db, actor, { ...remembered, remembered: true }, parsed.data, id, now);
    if (answer !== READ_AGAIN) return answer;
  }
  const fresh = await getDocumentText(db, slug);
  if (!fresh) return notFound("That document");
  const answer = await flagIn(db, actor, { ...fresh, remembered: false }, parsed.data, id, now);
  return answer === READ_AGAIN ? documentChanged() : answer;
}

const documentChanged = () =>
  fail(409, "The document changed since you opened it. Reload the page and select the claim again.");

/**
 * What `flagIn` answers when the document it was given is no longer the current one: told
 * apart by identity, and in the words a person would be told should it ever reach one.
 */
const READ_AGAIN = documentChanged();

/**
 * The flag against one reading of the document: the access check and the selection's, then
 * the write, which lands only while the document is still as read. READ_AGAIN when it is not,
 * and in place of any refusal decided on a remembered reading.
 */
async function flagIn(
  db: Db,
  actor: Actor,
  document: DocumentText & { remembered: boolean },
  selection: FlagClaimInput,
  id: string,
  now: Date,
): Promise<Result<ClaimSummary>> {
  const remembered = document.remembered ? READ_AGAIN : null;
  const admitted = admit(actor, document.workspace, "check", "That document");
  if (!admitted.ok) return remembered ?? admitted;
  const { start, end, exact } = selection;
  const check = checkSelection(document.plainText, start, end);
  if (!check.ok) return remembered ?? fail(400, check.message);
  if (check.quote.exact !== exact) return remembered ?? documentChanged();
  // The hot write path: the claim and its event go in one transaction (both or neither), as
  // direct statements (lib/db/direct.ts), with the id made before so the event can name it
  // without a round trip. A retry under the same Idempotency-Key comes with the same id and
  // finds the first claim.
  const quote = check.quote;
  return createOnce(
    () => insertClaim(db, actor, document, check, id, now),
    async () => {
      const first = await db.claim.findUnique({
        where: { id },
        select: { authorId: true, start: true, end: true, exact: true },
      });
      if (!first) return null;
      const same =
        first.authorId === actor.id &&
        first.exact === quote.exact &&
        first.start === check.position.start &&
        first.end === check.position.end;
      if (!same) return keyReused();
      return ok(flaggedSummary({ id, ...first }), { status: 201 });
    },
  );
}

function flaggedSummary(claim: {
  id: string;
  start: number;
  end: number;
  exact: string;
  authorId: string;
}): ClaimSummary {
  return {
    id: claim.id,
    start: claim.start,
    end: claim.end,
    exact: summaryQuote(claim.exact),
    authorId: claim.authorId,
    ...JUST_FLAGGED,
  };
}

type CheckedSelection = Extract<ReturnType<typeof checkSelection>, { ok: true }>;

/**
 * The claim and its `claim.flag` event, both or neither, unless a live claim holds exactly
 * this span already (checked in the same transaction, so two flags of one span cannot both
 * pass on SQLite, whose transactions take the write lock first), or the document is no longer
 * as `document` read it (READ_AGAIN; checked in the same transaction too, so a claim never
 * lands on offsets of a text revised meanwhile). Direct statements: this is
 * the hot write path, and through Prisma its statements cost more than the rest of the request
 * (npm run bench). The columns are the models' own; schema-drift and the integration tests read
 * the rows back through the models.
 */
async function insertClaim(
  db: Db,
  actor: Actor,
  document: DocumentText,
  check: CheckedSelection,
  id: string,
  now: Date,
): Promise<Result<ClaimSummary>> {
  const documentId = document.id;
  const { exact, prefix, suffix } = check.quote;
  const { start, end } = check.position;
  const event = eventData({
    actorId: actor.id,
    action: "claim.flag",
    entityType: "claim",
    entityId: id,
    documentId,
    claimId: id,
    after: { exact, start, end },
  });
  const twinRefused = (twin: string): Result<ClaimSummary> => ({
    ...fail(409, "This exact text is already flagged as a claim. Open that claim instead of flagging it again."),
    details: { existingClaimId: twin },
  });
  const flagged = ok(flaggedSummary({ id, start, end, exact, authorId: actor.id }));
  const direct = directOf(db);
  // PostgreSQL types an INSERT … SELECT's parameters from the values, not the columns: cast them there.
  const as = (value: unknown, type: "int" | "timestamp") =>
    direct.dialect === "postgres" ? sql`${value}::${raw(type)}` : sql`${value}`;
  const at = as(now, "timestamp");
  const claimValues = sql`${id}, ${documentId}, ${actor.id}, ${exact}, ${prefix}, ${suffix}, ${as(start, "int")},
    ${as(end, "int")}, ${as(document.currentRevision, "int")}, 'exact', 'FLAGGED', 0, 0, 0,
    ${searchTextOf(exact, [])}, ${at}, ${at}, ${at}`;
  const eventValues = sql`${randomUUID()}, ${event.actorId}, ${event.action}, ${event.entityType}, ${event.entityId},
    ${event.documentId}, ${event.claimId}, ${event.before}, ${event.after}, ${at}`;
  const twinOf = sql`SELECT "id" FROM "Claim"
    WHERE "documentId" = ${documentId} AND "start" = ${start} AND "end" = ${end} AND "withdrawnAt" IS NULL LIMIT 1`;
  if (direct.dialect === "postgres") {
    // One statement, so one round trip and atomic by itself: the twin check, the claim unless
    // another live claim holds the span (a retry of this very claim still inserts, and its
    // unique violation sends createOnce to the replay), and its event.
    const [row] = await direct.write<{ current: boolean; twin: string | null }>(sql`
      WITH head AS (SELECT ${headUnchanged(document)} AS "current"), twin AS (${twinOf}), claim AS (
        INSERT INTO ${CLAIM_COLUMNS} SELECT ${claimValues}
        WHERE (SELECT "current" FROM head) AND NOT EXISTS (SELECT 1 FROM twin WHERE "id" <> ${id}) RETURNING "id"
      ), flag_event AS (
        INSERT INTO ${EVENT_COLUMNS} SELECT ${eventValues} FROM claim
      )
      SELECT (SELECT "current" FROM head) AS "current", (SELECT "id" FROM twin) AS "twin"`);
    if (!row?.current) return READ_AGAIN;
    const twin = row.twin;
    return twin && twin !== id ? twinRefused(twin) : flagged;
  }
  return direct.transaction(async (tx) => {
    const [head] = await tx.query<{ current: number }>(sql`SELECT ${headUnchanged(document)} AS "current"`);
    if (!head?.current) return READ_AGAIN;
    const twin = (await tx.query<{ id: string }>(twinOf))[0]?.id;
    if (twin && twin !== id) return twinRefused(twin);
    await tx.query(sql`INSERT INTO ${CLAIM_COLUMNS} VALUES (${claimValues})`);
    await tx.query(sql`INSERT INTO ${EVENT_COLUMNS} VALUES (${eventValues})`);
    return flagged;
  });
}

const CLAIM_COLUMNS = raw(`"Claim" ("id", "documentId", "authorId", "exact", "prefix", "suffix", "start", "end",
  "revision", "anchorState", "status", "version", "noteCount", "verdictSpread", "searchText",
  "lastActivityAt", "createdAt", "updatedAt")`);
const EVENT_COLUMNS = raw(`"Event" ("id", "actorId", "action", "entityType", "entityId", "documentId", "claimId",
  "before", "after", "createdAt")`);

/**
 * Withdraws a flag. Only its author (or an admin) may, and only while nobody has written a
 * note on it: once someone has done verification work, the claim stays. The row is kept
 * (withdrawnAt) and the event log says who withdrew it.
 */
export async function withdrawClaim(db: Db, actor: Actor | null, claimId: string): Promise<Result<{ id: string }>> {
  const admitted = await admitMember(workspaceOfClaim(db, claimId), actor, "check", "That claim");
  if (!admitted.ok) return admitted;
  const placed = admitted.actor;
  return inTransaction(db, async (tx) => {
    const claim = await tx.claim.findUnique({
      where: { id: claimId },
      select: {
        id: true,
        authorId: true,
        documentId: true,
        withdrawnAt: true,
        exact: true,
        _count: { select: { notes: { where: { deletedAt: null } } } },
      },
    });
    if (!claim || claim.withdrawnAt) return notFound("That claim");
    if (claim.authorId !== placed.id && !isAdmin(placed.role))
      return forbidden("Only the person who flagged this claim can withdraw it.");
    if (claim._count.notes > 0)
      return fail(409, "This claim already has verification notes, so it can no longer be withdrawn.");
    await tx.claim.update({ where: { id: claimId }, data: { withdrawnAt: new Date(), version: { increment: 1 } } });
    await recordEvent(tx, {
      actorId: placed.id,
      action: "claim.withdraw",
      entityType: "claim",
      entityId: claimId,
      documentId: claim.documentId,
      claimId,
      before: { exact: claim.exact },
    });
    return ok({ id: claimId });
  });
}
