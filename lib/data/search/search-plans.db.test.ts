import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPostgresDb, type Db } from "../../db/client";
import { queryStatement, raw, sql } from "../../db/raw-statement";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import { searchSchema } from "../../validation/search";
import { DEFAULT_WORKSPACE_ID } from "../../workspaces/visibility";
import { makeActor } from "../test-fixtures";
import { RECENT_WINDOW, searchStatements } from "./search";
import { SEARCH_KINDS } from "./search-kinds";

/** A word no row has, so each search is as selective as a real one. */
const RARE = "quillwortian";
/**
 * Rows per searched table: enough that reading a whole table costs the planner more than its
 * index (PostgreSQL reads a table of short rows whole below about 50,000).
 */
const ROWS = 100_000;
const AT = "'2026-01-01T00:00:00.000+00:00'";

/**
 * ROWS rows in each searched table, written by one INSERT … SELECT over a counter each (the same
 * SQL on both databases, seconds instead of minutes through the data layer).
 */
async function seedRows(db: Db, authorId: string) {
  const tables: [string, string, string][] = [
    [
      "Document",
      `"id", "slug", "workspaceId", "title", "plainText", "contentJson", "createdAt", "updatedAt"`,
      `'d' || i, 'doc-' || i, 'default', 'Document ' || i, 'The text of document ' || i || ' about harbour fares.', '{}', ${AT}, ${AT}`,
    ],
    [
      "Claim",
      `"id", "documentId", "authorId", "exact", "prefix", "suffix", "start", "end", "createdAt", "updatedAt"`,
      `'c' || i, 'd' || i, '${authorId}', 'Claim ' || i || ' says the fares rose', '', '', 0, 10, ${AT}, ${AT}`,
    ],
    [
      "Note",
      `"id", "claimId", "authorId", "verdict", "rationale", "createdAt", "updatedAt"`,
      `'n' || i, 'c' || i, '${authorId}', 'FALSE', 'Rationale ' || i || ' on the fares', ${AT}, ${AT}`,
    ],
    [
      "Source",
      `"id", "noteId", "url", "title", "position"`,
      `'s' || i, 'n' || i, 'https://example.org/' || i, 'Source ' || i, 0`,
    ],
    [
      "Reply",
      `"id", "claimId", "authorId", "body", "createdAt", "updatedAt"`,
      `'r' || i, 'c' || i, '${authorId}', 'Reply ' || i || ' on the fares', ${AT}, ${AT}`,
    ],
    [
      "ExternalFactCheck",
      `"id", "url", "claimReviewed", "createdAt", "updatedAt"`,
      `'f' || i, 'https://fc.example/' || i, 'Fact-check ' || i || ' of the fares', ${AT}, ${AT}`,
    ],
  ];
  for (const [table, columns, values] of tables)
    await db.$executeRawUnsafe(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${ROWS}) INSERT INTO "${table}" (${columns}) SELECT ${values} FROM n`,
    );
}

describe.each(databaseKinds())("search's query plans on %s, at thousands of rows", (kind) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    const author = await makeActor(t.db, "Seeder");
    await seedRows(t.db, author.id);
    await t.db.$executeRawUnsafe("ANALYZE");
  }, 180_000);
  afterAll(async () => t.drop());

  it.each(SEARCH_KINDS.map((k) => [`${k.type} (${k.table})`, k] as const))(
    "finds %s through its full-text index, never by reading the whole table",
    async (_name, searchKind) => {
      const query = searchSchema.parse({ q: RARE });
      const { rows } = searchStatements(t.db, searchKind, query, [RARE], [DEFAULT_WORKSPACE_ID], 20);
      const explain = isPostgresDb(t.db) ? raw("EXPLAIN ") : raw("EXPLAIN QUERY PLAN ");
      const plan = (await queryStatement<Record<string, unknown>>(t.db, sql`${explain}${rows}`))
        .map((row) => String(row["QUERY PLAN"] ?? row.detail))
        .join("\n");
      if (isPostgresDb(t.db)) {
        expect(plan, plan).not.toMatch(new RegExp(`Seq Scan on "?${searchKind.table}"? `));
        expect(plan, plan).toMatch(new RegExp(`${searchKind.table}_\\w+_trgm`));
      } else {
        expect(plan, plan).toMatch(new RegExp(`SCAN ${searchKind.fts} VIRTUAL TABLE`));
        expect(plan, plan).not.toMatch(/^SCAN t\b/m);
      }
    },
  );

  it.each(SEARCH_KINDS.map((k) => [`${k.type} (${k.table})`, k] as const))(
    "looks for common words in %s among the newest rows by walking a date index, never sorting the table",
    async (_name, searchKind) => {
      const query = searchSchema.parse({ q: "fares" });
      // The window is RECENT_WINDOW rows of a million: the same share of these tables' rows.
      const window = (RECENT_WINDOW * ROWS) / 1_000_000;
      const { rows } = searchStatements(t.db, searchKind, query, ["fares"], [DEFAULT_WORKSPACE_ID], 20, window);
      const explain = isPostgresDb(t.db) ? raw("EXPLAIN ") : raw("EXPLAIN QUERY PLAN ");
      const plan = (await queryStatement<Record<string, unknown>>(t.db, sql`${explain}${rows}`))
        .map((row) => String(row["QUERY PLAN"] ?? row.detail))
        .join("\n");
      // The window's table is the one whose date orders the results (a source's is its note's).
      const dated = searchKind.table === "Source" ? "Note" : searchKind.table;
      if (isPostgresDb(t.db)) {
        expect(plan, plan).not.toMatch(new RegExp(`Seq Scan on "?${dated}"? `));
        expect(plan, plan).toMatch(new RegExp(`Index Scan( Backward)? using "?${dated}_\\w*createdAt_idx`));
      } else {
        expect(plan, plan).toMatch(new RegExp(`(SCAN|SEARCH) ${dated} USING INDEX ${dated}_\\w*createdAt_idx`));
      }
    },
  );
});
