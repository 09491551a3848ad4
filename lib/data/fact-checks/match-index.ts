import type { Db, Tx } from "../../db";
import { isPostgresDb } from "../../db/client";
import type { DirectTx } from "../../db/direct";
import { executeStatement, join, queryStatement, raw, sql, type Statement } from "../../db/raw-statement";
import { entryPostings, entryTerms } from "../../claim-matching/entry-terms";
import { MATCH_FIELDS } from "../../claim-matching/fielded-bm25";
import type { Checkable, MatchStore, Posting } from "../../claim-matching/rank-similar";

/**
 * The similar-fact-checks index in the database (MatchEntry, MatchPosting, MatchTerm,
 * MatchTotals): every instance on one database shares it, a server holds none of it in memory,
 * and it changes in the same transaction as what it indexes, so a fact-check imported through
 * one instance is found through another at once. Ranking reads it through `databaseMatchStore`
 * (lib/claim-matching/rank-similar.ts ranks the same way over memory).
 *
 * Invariants: MatchTerm.entries is the number of entries holding the term; MatchTotals holds
 * the number of entries and their summed field lengths. A posting's weight was computed
 * against the average lengths when its entry was written (they drift slowly as the collection
 * grows; the idf, which moves with every entry, is read at query time).
 */

/** Rows per statement: far below both databases' bound-value limits (SQLite 32,766; PostgreSQL 65,535). */
const ROWS_PER_STATEMENT = 2000;
const TOTALS_ID = 1;

/**
 * Where the index's statements run: a Prisma transaction (publishing a verdict, re-anchoring), or
 * a direct one (lib/db/direct.ts) for an import of thousands of fact-checks, where Prisma's
 * per-row work cost more than the writing. The statements are the same SQL on both databases.
 */
export interface IndexTx {
  /** A statement that returns rows (SELECT, or INSERT … RETURNING). */
  query<Row>(statement: Statement): Promise<Row[]>;
  /** A statement that returns none. */
  execute(statement: Statement): Promise<void>;
}

export const prismaIndexTx = (tx: Tx): IndexTx => ({
  query: (statement) => queryStatement(tx, statement),
  execute: async (statement) => void (await executeStatement(tx, statement)),
});

export const directIndexTx = (tx: DirectTx): IndexTx => ({
  query: (statement) => tx.query(statement),
  execute: async (statement) => void (await tx.query(statement)),
});

function* slices<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Adds to (or, negative, takes from) each term's entry count; a term no entry holds any more is dropped. */
async function addToTermCounts(tx: IndexTx, deltas: Map<string, number>): Promise<void> {
  // In term order, so two transactions touching the same terms on PostgreSQL lock them in the same order.
  const rows = [...deltas].filter(([, delta]) => delta !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const slice of slices(rows, ROWS_PER_STATEMENT)) {
    await tx.execute(
      sql`INSERT INTO "MatchTerm" ("term", "entries") VALUES ${join(slice.map(([term, delta]) => sql`(${term}, ${delta})`))}
        ON CONFLICT ("term") DO UPDATE SET "entries" = "MatchTerm"."entries" + excluded."entries"`,
    );
  }
  const emptied = rows.filter(([, delta]) => delta < 0).map(([term]) => term);
  for (const slice of slices(emptied, ROWS_PER_STATEMENT))
    await tx.execute(sql`DELETE FROM "MatchTerm" WHERE "entries" <= 0 AND "term" IN (${join(slice)})`);
}

/** Adds to the totals (negative to take away) and returns them as they now are. */
async function addToTotals(tx: IndexTx, entries: number, lengths: readonly number[]) {
  const [claimLength, headlineLength, appearanceLength] = lengths;
  const [row] = await tx.query<Record<"entries" | "claimLength" | "headlineLength" | "appearanceLength", unknown>>(
    sql`INSERT INTO "MatchTotals" ("id", "entries", "claimLength", "headlineLength", "appearanceLength")
      VALUES (${TOTALS_ID}, ${entries}, ${claimLength}, ${headlineLength}, ${appearanceLength})
      ON CONFLICT ("id") DO UPDATE SET "entries" = "MatchTotals"."entries" + excluded."entries",
        "claimLength" = "MatchTotals"."claimLength" + excluded."claimLength",
        "headlineLength" = "MatchTotals"."headlineLength" + excluded."headlineLength",
        "appearanceLength" = "MatchTotals"."appearanceLength" + excluded."appearanceLength"
      RETURNING "entries", "claimLength", "headlineLength", "appearanceLength"`,
  );
  // Counts come back as numbers, BigInts or (pg's int8) strings, by driver.
  return {
    entries: Number(row!.entries),
    lengths: [row!.claimLength, row!.headlineLength, row!.appearanceLength].map(Number),
  };
}

/** Takes these entries out of the index (keys it does not hold are ignored). */
export function removeFromMatchIndex(tx: Tx, keys: readonly string[]): Promise<void> {
  return removeEntries(prismaIndexTx(tx), keys);
}

async function removeEntries(tx: IndexTx, keys: readonly string[]): Promise<void> {
  for (const slice of slices(keys, 500)) {
    const found = (
      await tx.query<{
        id: unknown;
        terms: string;
        claimLength: unknown;
        headlineLength: unknown;
        appearanceLength: unknown;
      }>(
        sql`SELECT "id", "terms", "claimLength", "headlineLength", "appearanceLength" FROM "MatchEntry"
          WHERE "key" IN (${join(slice)})`,
      )
    ).map((e) => ({
      id: Number(e.id),
      terms: e.terms,
      claimLength: Number(e.claimLength),
      headlineLength: Number(e.headlineLength),
      appearanceLength: Number(e.appearanceLength),
    }));
    if (found.length === 0) continue;
    const ids = found.map((e) => e.id);
    await tx.execute(sql`DELETE FROM "MatchPosting" WHERE "entryId" IN (${join(ids)})`);
    await tx.execute(sql`DELETE FROM "MatchEntry" WHERE "id" IN (${join(ids)})`);
    await addToTotals(
      tx,
      -found.length,
      [
        found.reduce((sum, e) => sum + e.claimLength, 0),
        found.reduce((sum, e) => sum + e.headlineLength, 0),
        found.reduce((sum, e) => sum + e.appearanceLength, 0),
      ].map((total) => -total),
    );
    const deltas = new Map<string, number>();
    for (const entry of found) for (const term of entry.terms.split(" ")) deltas.set(term, (deltas.get(term) ?? 0) - 1);
    await addToTermCounts(tx, deltas);
  }
}

/**
 * Indexes these items, replacing any entry already under the same key. An item with no term to
 * match (an empty claim and headline) is left out. Run it in the transaction that writes the items.
 */
export function addToMatchIndex(tx: Tx, items: readonly Checkable[]): Promise<void> {
  return addEntries(prismaIndexTx(tx), items);
}

/**
 * addToMatchIndex in any transaction (a direct one, for a bulk import). `mayBeIndexed` are the
 * keys that can already have an entry to replace; a caller that has just created the other
 * rows (new ids, so new keys) names only the rows it updated, and the rest are not looked for.
 */
export async function addEntries(
  tx: IndexTx,
  items: readonly Checkable[],
  mayBeIndexed: readonly string[] = items.map((item) => item.key),
): Promise<void> {
  await removeEntries(tx, mayBeIndexed);
  const analysed = items.flatMap((item) => {
    const terms = entryTerms(item);
    return terms ? [{ key: item.key, terms }] : [];
  });
  if (analysed.length === 0) return;
  const totals = await addToTotals(
    tx,
    analysed.length,
    MATCH_FIELDS.map((_, f) => analysed.reduce((sum, a) => sum + a.terms.lengths[f]!, 0)),
  );
  const averages = totals.lengths.map((total) => total / Math.max(1, totals.entries));
  const deltas = new Map<string, number>();
  for (const slice of slices(analysed, 500)) {
    const created = await tx.query<{ id: unknown; key: string }>(
      sql`INSERT INTO "MatchEntry" ("key", "claimLength", "headlineLength", "appearanceLength", "terms", "claimTermCount")
        VALUES ${join(
          slice.map(
            ({ key, terms }) =>
              // The frequencies list the claim field's terms first (entryTerms), as `terms` must.
              sql`(${key}, ${terms.lengths[0]!}, ${terms.lengths[1]!}, ${terms.lengths[2]!},
                ${[...terms.frequencies.keys()].join(" ")}, ${terms.claimTerms.length})`,
          ),
        )} RETURNING "id", "key"`,
    );
    const ids = new Map(created.map((e) => [e.key, Number(e.id)]));
    const postings = slice.flatMap(({ key, terms }) =>
      entryPostings(terms, averages).map(([term, weight]) => ({ term, entryId: ids.get(key)!, weight })),
    );
    for (const rows of slices(postings, ROWS_PER_STATEMENT))
      await tx.execute(
        sql`INSERT INTO "MatchPosting" ("term", "entryId", "weight") VALUES ${join(
          rows.map((p) => sql`(${p.term}, ${p.entryId}, ${p.weight})`),
        )}`,
      );
    for (const { terms } of slice)
      for (const term of terms.frequencies.keys()) deltas.set(term, (deltas.get(term) ?? 0) + 1);
  }
  await addToTermCounts(tx, deltas);
}

/** Imports at least this large refresh the planner's statistics afterwards. */
export const LARGE_IMPORT = 10_000;

/**
 * After a large import: the query planner's statistics of the index tables, refreshed, so its
 * plans fit the new sizes at once rather than after autovacuum's next round (PostgreSQL), or at
 * all (SQLite keeps none until asked).
 */
export async function refreshMatchStatistics(db: Db): Promise<void> {
  if (isPostgresDb(db)) await db.$executeRawUnsafe(`ANALYZE "MatchPosting", "MatchTerm", "MatchEntry"`);
  else {
    // A sample per index, not every row: seconds saved on a large import, plans just as good.
    await db.$queryRawUnsafe("PRAGMA analysis_limit = 1000");
    await db.$executeRawUnsafe("PRAGMA optimize");
  }
}

/**
 * The postings of these terms in these entries, each (term, entry) pair looked up by the primary
 * key. On SQLite a branch per term: written as one `term IN … AND entryId IN …`, SQLite read every
 * posting of each term off the (term, weight) index instead (16 ms a query at a million
 * fact-checks, to keep 1,000 rows). On PostgreSQL two arrays: the branches sent the entries once per
 * term, thousands of bound values a query to parse and plan (p95 70–80 ms at 110,000 fact-checks).
 */
export const postingsInStatement = (
  terms: readonly string[],
  entries: readonly number[],
  dialect: "sqlite" | "postgres" = "sqlite",
) =>
  dialect === "postgres"
    ? sql`SELECT "term", "entryId", "weight" FROM "MatchPosting"
        WHERE "term" = ANY(${[...terms]}::text[]) AND "entryId" = ANY(${[...entries]}::int[])`
    : sql`${join(
        terms.map(
          (term) =>
            sql`SELECT "term", "entryId", "weight" FROM "MatchPosting" WHERE "term" = ${term} AND "entryId" IN (${join([...entries])})`,
        ),
        " UNION ALL ",
      )}`;

/** The index as the ranking reads it. */
export function databaseMatchStore(db: Db): MatchStore {
  return {
    async entryCount() {
      return (await db.matchTotals.findUnique({ where: { id: TOTALS_ID }, select: { entries: true } }))?.entries ?? 0;
    },
    async termEntries(terms) {
      const found = new Map<string, number>();
      for (const slice of slices(terms, 500))
        for (const row of await db.matchTerm.findMany({ where: { term: { in: slice } } }))
          found.set(row.term, row.entries);
      return found;
    },
    async bestPostings(terms, perTerm) {
      if (terms.length === 0) return [];
      // One statement, a branch per term, each reading only its term's best postings off the (term, weight) index.
      const rows = await queryStatement<Posting & { entryId: number }>(
        db,
        sql`${join(
          terms.map(
            (term, i) =>
              sql`SELECT * FROM (SELECT "term", "entryId", "weight" FROM "MatchPosting" WHERE "term" = ${term}
                ORDER BY "weight" DESC LIMIT ${perTerm}) ${raw(`AS best${i}`)}`,
          ),
          " UNION ALL ",
        )}`,
      );
      return rows.map((r) => ({ term: r.term, entry: Number(r.entryId), weight: Number(r.weight) }));
    },
    async postingsIn(entries, terms) {
      if (entries.length === 0 || terms.length === 0) return [];
      const dialect = isPostgresDb(db) ? "postgres" : "sqlite";
      const found: Posting[] = [];
      // On SQLite, terms go in groups that keep a statement's bound values well under its 32,766.
      const perStatement =
        dialect === "postgres" ? terms.length : Math.max(1, Math.floor(10_000 / (entries.length + 1)));
      for (const group of slices(terms, perStatement))
        for (const r of await queryStatement<Posting & { entryId: number }>(
          db,
          postingsInStatement(group, entries, dialect),
        ))
          found.push({ term: r.term, entry: Number(r.entryId), weight: Number(r.weight) });
      return found;
    },
    async entries(ids) {
      if (ids.length === 0) return [];
      const rows = await db.matchEntry.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, key: true, terms: true, claimTermCount: true },
      });
      return rows.map((r) => ({
        id: r.id,
        key: r.key,
        claimTerms: r.claimTermCount === 0 ? [] : r.terms.split(" ").slice(0, r.claimTermCount),
      }));
    },
  };
}
