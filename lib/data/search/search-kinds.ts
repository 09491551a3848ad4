import { raw, sql, type Statement } from "../../db/raw-statement";
import type { SearchType } from "../../validation/search";

/**
 * One kind of thing the search finds: the table and its full-text index (lib/data/search and the
 * "search" migrations: an FTS5 trigram table on SQLite, pg_trgm indexes on PostgreSQL), the
 * columns searched, what joins lead to its workspace, and how a result reads.
 */
export interface SearchKind {
  type: SearchType;
  table: string;
  fts: string;
  columns: readonly string[];
  /** FROM … JOIN …, the searched table aliased "t", its document (when it has one) "d", its claim "c". */
  from: Statement;
  /**
   * The same FROM with the table whose date orders the results cut to its newest `window` live
   * rows, read along its date index: common words are looked for there first (see search.ts).
   */
  recent: (window: number) => Statement;
  /** The table whose date orders the results, and whose newest rows `recent` reads. */
  dated: string;
  /** Rows that are live: not withdrawn, deleted or archived. */
  live: Statement;
  workspaceId: Statement;
  /** When it was written: what the results are ordered and a date filter reads by. */
  date: Statement;
  /** SELECT list giving id, title, text, slug, claimId, url, date, verdict, status. */
  select: (snippetStart: Statement) => Statement;
  /** The column a verdict filter reads; null: this kind has none (left out when filtering by verdict). */
  verdict: Statement | null;
  /** The column a status filter reads (its claim's status); null: left out when filtering by status. */
  status: Statement | null;
}

/**
 * A kind's FROM clause whole, and with its dated table (the one whose `createdAt` orders the
 * results, with its own live condition) cut to its newest rows: the joins are written once.
 */
function sources(dated: { table: string; alias: string; live: string | null }, joins = "") {
  const rest = joins ? ` ${joins}` : "";
  const live = dated.live ? ` WHERE "${dated.live}" IS NULL` : "";
  return {
    dated: dated.table,
    from: raw(`FROM "${dated.table}" ${dated.alias}${rest}`),
    recent: (window: number) =>
      sql`FROM (SELECT * FROM ${raw(`"${dated.table}"${live}`)} ORDER BY "createdAt" DESC LIMIT ${window}) ${raw(
        `${dated.alias}${rest}`,
      )}`,
  };
}

const CLAIM_AND_DOCUMENT_OF_T = `JOIN "Claim" c ON c."id" = t."claimId" JOIN "Document" d ON d."id" = c."documentId"`;

export const SEARCH_KINDS: readonly SearchKind[] = [
  {
    type: "document",
    table: "Document",
    fts: "DocumentFts",
    columns: ["title", "plainText"],
    ...sources({ table: "Document", alias: "t", live: "archivedAt" }),
    live: raw(`t."archivedAt" IS NULL`),
    workspaceId: raw(`t."workspaceId"`),
    date: raw(`t."createdAt"`),
    select: (start) =>
      sql`t."id" AS "id", t."title" AS "title", substr(t."plainText", ${start}, 400) AS "text", t."slug" AS "slug", NULL AS "claimId", NULL AS "url", t."createdAt" AS "date", NULL AS "verdict", NULL AS "status"`,
    verdict: null,
    status: null,
  },
  {
    type: "claim",
    table: "Claim",
    fts: "ClaimFts",
    columns: ["exact"],
    ...sources({ table: "Claim", alias: "t", live: "withdrawnAt" }, `JOIN "Document" d ON d."id" = t."documentId"`),
    live: raw(`t."withdrawnAt" IS NULL`),
    workspaceId: raw(`d."workspaceId"`),
    date: raw(`t."createdAt"`),
    select: () =>
      raw(
        `t."id" AS "id", d."title" AS "title", t."exact" AS "text", d."slug" AS "slug", t."id" AS "claimId", NULL AS "url", t."createdAt" AS "date", t."finalVerdict" AS "verdict", t."status" AS "status"`,
      ),
    verdict: raw(`t."finalVerdict"`),
    status: raw(`t."status"`),
  },
  {
    type: "note",
    table: "Note",
    fts: "NoteFts",
    columns: ["rationale"],
    ...sources({ table: "Note", alias: "t", live: "deletedAt" }, CLAIM_AND_DOCUMENT_OF_T),
    live: raw(`t."deletedAt" IS NULL AND c."withdrawnAt" IS NULL`),
    workspaceId: raw(`d."workspaceId"`),
    date: raw(`t."createdAt"`),
    select: () =>
      raw(
        `t."id" AS "id", c."exact" AS "title", t."rationale" AS "text", d."slug" AS "slug", c."id" AS "claimId", NULL AS "url", t."createdAt" AS "date", t."verdict" AS "verdict", c."status" AS "status"`,
      ),
    verdict: raw(`t."verdict"`),
    status: raw(`c."status"`),
  },
  {
    // A note's sources are found as the note.
    type: "note",
    table: "Source",
    fts: "SourceFts",
    columns: ["url", "title"],
    // Ordered by its note's date, so the note is the dated table.
    ...sources(
      { table: "Note", alias: "n", live: "deletedAt" },
      `JOIN "Source" t ON t."noteId" = n."id" JOIN "Claim" c ON c."id" = n."claimId" JOIN "Document" d ON d."id" = c."documentId"`,
    ),
    live: raw(`n."deletedAt" IS NULL AND c."withdrawnAt" IS NULL`),
    workspaceId: raw(`d."workspaceId"`),
    date: raw(`n."createdAt"`),
    select: () =>
      raw(
        `n."id" AS "id", c."exact" AS "title", COALESCE(t."title", '') || ' ' || t."url" AS "text", d."slug" AS "slug", c."id" AS "claimId", NULL AS "url", n."createdAt" AS "date", n."verdict" AS "verdict", c."status" AS "status"`,
      ),
    verdict: raw(`n."verdict"`),
    status: raw(`c."status"`),
  },
  {
    type: "reply",
    table: "Reply",
    fts: "ReplyFts",
    columns: ["body"],
    ...sources({ table: "Reply", alias: "t", live: "deletedAt" }, CLAIM_AND_DOCUMENT_OF_T),
    live: raw(`t."deletedAt" IS NULL AND c."withdrawnAt" IS NULL`),
    workspaceId: raw(`d."workspaceId"`),
    date: raw(`t."createdAt"`),
    select: () =>
      raw(
        `t."id" AS "id", c."exact" AS "title", t."body" AS "text", d."slug" AS "slug", c."id" AS "claimId", NULL AS "url", t."createdAt" AS "date", NULL AS "verdict", c."status" AS "status"`,
      ),
    verdict: null,
    status: raw(`c."status"`),
  },
  {
    type: "fact-check",
    table: "ExternalFactCheck",
    fts: "ExternalFactCheckFts",
    columns: ["claimReviewed", "headline"],
    ...sources({ table: "ExternalFactCheck", alias: "t", live: null }),
    live: raw("1 = 1"),
    workspaceId: raw(`t."workspaceId"`),
    date: raw(`t."createdAt"`),
    select: () =>
      raw(
        `t."id" AS "id", COALESCE(t."headline", t."claimReviewed") AS "title", t."claimReviewed" AS "text", NULL AS "slug", NULL AS "claimId", t."url" AS "url", t."createdAt" AS "date", NULL AS "verdict", NULL AS "status"`,
      ),
    verdict: null,
    status: null,
  },
];
