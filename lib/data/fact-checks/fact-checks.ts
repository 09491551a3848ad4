import type { Db } from "../../db";
import type { FactCheckInput, SkippedItem } from "../../claim-matching/claim-review-feed";
import { isAdmin } from "../../roles";
import { forbidden, ok, unauthenticated, type Result } from "../../result";
import type { Actor } from "../actor";
import { recordEvent } from "../events/record-event";
import { FACT_CHECK_FIELDS, factCheckEntry } from "./match-entries";
import { addToMatchIndex, LARGE_IMPORT, refreshMatchStatistics } from "./match-index";
import type { Checkable } from "../../claim-matching/rank-similar";

export interface FactCheckImportSummary {
  created: number;
  updated: number;
  skipped: SkippedItem[];
}

/** URLs looked up per query when sorting new from known (well under both databases' bound-variable limits). */
const LOOKUP_BATCH = 500;

/**
 * Stores imported fact-checks (admins only). The URL is the identity: a known URL is updated in
 * place, a new one created, so a re-import never duplicates. One transaction with its event:
 * all valid items or none.
 */
export async function importFactChecks(
  db: Db,
  actor: Actor | null,
  items: readonly FactCheckInput[],
  skipped: readonly SkippedItem[],
  fileName: string | null,
): Promise<Result<FactCheckImportSummary>> {
  if (!actor) return unauthenticated();
  if (!isAdmin(actor.role)) return forbidden("Importing fact-checks needs the admin role.");
  const summary = await db.$transaction(
    async (tx) => {
      let created = 0;
      let updated = 0;
      const stored: Checkable[] = [];
      for (let i = 0; i < items.length; i += LOOKUP_BATCH) {
        const batch = items.slice(i, i + LOOKUP_BATCH);
        const known = new Set(
          (
            await tx.externalFactCheck.findMany({
              where: { url: { in: batch.map((b) => b.url) } },
              select: { url: true },
            })
          ).map((r) => r.url),
        );
        const fresh = batch.filter((b) => !known.has(b.url));
        // Each write hands back what the index reads of the row, so nothing is read twice.
        if (fresh.length > 0)
          for (const row of await tx.externalFactCheck.createManyAndReturn({
            data: fresh.map((item) => ({ ...item, importedById: actor.id })),
            select: FACT_CHECK_FIELDS,
          }))
            stored.push(factCheckEntry(row));
        for (const item of batch.filter((b) => known.has(b.url)))
          stored.push(
            factCheckEntry(
              await tx.externalFactCheck.update({
                where: { url: item.url },
                data: { ...item, importedById: actor.id },
                select: FACT_CHECK_FIELDS,
              }),
            ),
          );
        created += fresh.length;
        updated += batch.length - fresh.length;
      }
      // Indexed in the same transaction, all at once (each term's count is written once): found by
      // the next query, through any instance.
      await addToMatchIndex(tx, stored);
      await recordEvent(tx, {
        actorId: actor.id,
        action: "factcheck.import",
        entityType: "factcheck",
        entityId: "import",
        after: { fileName, created, updated, skipped: skipped.length },
      });
      return { created, updated, skipped: [...skipped] };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  if (items.length >= LARGE_IMPORT) await refreshMatchStatistics(db);
  return ok(summary);
}

export interface FactCheckRow {
  id: string;
  url: string;
  claimReviewed: string;
  rating: string | null;
  reviewer: string | null;
  reviewedOn: string | null;
}

/** How many imported fact-checks there are, and the most recently imported ones (the admin page). */
export async function listImportedFactChecks(db: Db, take = 50): Promise<{ total: number; latest: FactCheckRow[] }> {
  const [total, latest] = await Promise.all([
    db.externalFactCheck.count(),
    db.externalFactCheck.findMany({
      orderBy: { updatedAt: "desc" },
      take,
      select: { id: true, url: true, claimReviewed: true, rating: true, reviewer: true, reviewedOn: true },
    }),
  ]);
  return { total, latest };
}
