import { randomUUID } from "node:crypto";
import { directOf, type Db } from "../../db";
import { join, raw, sql } from "../../db/raw-statement";
import type { FactCheckInput, SkippedItem } from "../../claim-matching/claim-review-feed";
import { isAdmin } from "../../roles";
import { forbidden, ok, unauthenticated, type Result } from "../../result";
import type { Actor } from "../actor";
import { eventData } from "../events/record-event";
import { FACT_CHECK_FIELDS, factCheckEntry } from "./match-entries";
import { addEntries, directIndexTx, LARGE_IMPORT, refreshMatchStatistics } from "./match-index";
import type { Checkable } from "../../claim-matching/rank-similar";

export interface FactCheckImportSummary {
  created: number;
  updated: number;
  skipped: SkippedItem[];
}

/** URLs looked up, and rows written, per statement (well under both databases' bound-variable limits). */
const LOOKUP_BATCH = 500;

/** The columns an import writes, and what it reads back for the index (FACT_CHECK_FIELDS). */
const WRITTEN = [
  "url",
  "claimReviewed",
  "rating",
  "reviewer",
  "claimAuthor",
  "reviewedOn",
  "headline",
  "appearance",
  "inLanguage",
] as const;
const COLUMNS = raw(
  `"ExternalFactCheck" ("id", ${WRITTEN.map((c) => `"${c}"`).join(", ")}, "importedById", "createdAt", "updatedAt")`,
);
const RETURNING = raw(
  `RETURNING ${Object.keys(FACT_CHECK_FIELDS)
    .map((c) => `"${c}"`)
    .join(", ")}`,
);
type StoredRow = Parameters<typeof factCheckEntry>[0];

/**
 * Stores imported fact-checks (admins only). The URL is the identity: a known URL is updated in
 * place, a new one created, so a re-import never duplicates. One transaction with its event and
 * the index's entries: all valid items or none. Written with direct statements (lib/db/direct.ts):
 * through Prisma, its per-row work took 36 of the 75 s an import of 100,000 took.
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
  const now = new Date();
  const summary = await directOf(db).transaction(async (tx) => {
    let created = 0;
    let updated = 0;
    const stored: Checkable[] = [];
    const updatedKeys: string[] = [];
    for (let i = 0; i < items.length; i += LOOKUP_BATCH) {
      const batch = items.slice(i, i + LOOKUP_BATCH);
      const known = new Set(
        (
          await tx.query<{ url: string }>(
            sql`SELECT "url" FROM "ExternalFactCheck" WHERE "url" IN (${join(batch.map((b) => b.url))})`,
          )
        ).map((r) => r.url),
      );
      const fresh = batch.filter((b) => !known.has(b.url));
      // Each write hands back what the index reads of the row, so nothing is read twice.
      if (fresh.length > 0) {
        const values = fresh.map(
          (item) => sql`(${randomUUID()}, ${join(WRITTEN.map((c) => item[c]))}, ${actor.id}, ${now}, ${now})`,
        );
        for (const row of await tx.query<StoredRow>(sql`INSERT INTO ${COLUMNS} VALUES ${join(values)} ${RETURNING}`))
          stored.push(factCheckEntry(row));
      }
      for (const item of batch.filter((b) => known.has(b.url))) {
        const set = join(
          WRITTEN.filter((c) => c !== "url").map((c) => sql`${raw(`"${c}"`)} = ${item[c]}`),
          ", ",
        );
        const [row] = await tx.query<StoredRow>(
          sql`UPDATE "ExternalFactCheck" SET ${set}, "importedById" = ${actor.id}, "updatedAt" = ${now}
            WHERE "url" = ${item.url} ${RETURNING}`,
        );
        const entry = factCheckEntry(row!);
        stored.push(entry);
        updatedKeys.push(entry.key);
      }
      created += fresh.length;
      updated += batch.length - fresh.length;
    }
    // Indexed in the same transaction, all at once (each term's count is written once): found by
    // the next query, through any instance.
    await addEntries(directIndexTx(tx), stored, updatedKeys);
    const event = eventData({
      actorId: actor.id,
      action: "factcheck.import",
      entityType: "factcheck",
      entityId: "import",
      after: { fileName, created, updated, skipped: skipped.length },
    });
    await tx.query(
      sql`INSERT INTO "Event" ("id", "actorId", "action", "entityType", "entityId", "after", "createdAt")
        VALUES (${randomUUID()}, ${event.actorId}, ${event.action}, ${event.entityType}, ${event.entityId},
          ${event.after}, ${now})`,
    );
    return { created, updated, skipped: [...skipped] };
  });
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
