import { isPostgresDb, type Db } from "../../db/client";
import { join, queryStatement, raw, sql, type Statement } from "../../db/raw-statement";
import { fail, ok, type Result } from "../../result";
import {
  containsPattern,
  ftsMatchExpression,
  searchWords,
  snippetOf,
  type SnippetPart,
} from "../../search/search-words";
import { parseInput } from "../../validation/parse-input";
import { searchSchema, type SearchInput, type SearchType } from "../../validation/search";
import type { Actor } from "../actor";
import { readableWorkspaceIds } from "../workspaces/scope";
import { SEARCH_KINDS, type SearchKind } from "./search-kinds";
import { tableSizes } from "./table-sizes";

export const SEARCH_PAGE_SIZE = 20;
/**
 * Matches counted per kind: past it the page says "more than". Counting every one of 167,000
 * matches of common words took 2.7 s at a million claims; a search engine's "about" does not
 * need them, and nobody pages that far.
 */
export const SEARCH_COUNT_LIMIT = 1_000;

export interface SearchResult {
  type: SearchType;
  id: string;
  /** What the result belongs to: a document's title, a note's or reply's claim, a fact-check's headline. */
  title: string;
  /** Where it is read: the document, the claim in its reader, an imported fact-check's own page. */
  url: string;
  snippet: SnippetPart[];
  workspace: { slug: string; name: string };
  /** ISO 8601: when it was written. */
  date: string;
  verdict: string | null;
  status: string | null;
}

export interface SearchPage {
  q: string;
  /** Matches found, each kind counted up to SEARCH_COUNT_LIMIT. */
  total: number;
  /** True when a kind had more matches than were counted: `total` is a lower bound. */
  more: boolean;
  page: number;
  pageCount: number;
  results: SearchResult[];
}

interface Row {
  id: string;
  title: string;
  text: string | null;
  slug: string | null;
  claimId: string | null;
  url: string | null;
  date: Date | string;
  verdict: string | null;
  status: string | null;
  workspaceSlug: string;
  workspaceName: string;
}

/**
 * Common words are looked for among each kind's newest RECENT_WINDOW rows first, read along its
 * date index: at a million claims a common word's matches number hundreds of thousands, and
 * finding them all through the full-text index to keep the newest 20 took 1.6 s (npm run bench,
 * BENCH_SCALE=1m). When the window holds more matches than are counted and a whole page of
 * them, they are the answer (every row outside it is older); otherwise the full-text index
 * answers, which is fast for words that are not common. A table no larger than the window skips
 * it: the window would be the whole table, read row by row with LIKE, before the index answered
 * anyway (at 10,000 claims that took 97 of a search's 103 ms for a word found nowhere).
 */
export const RECENT_WINDOW = 20_000;

/**
 * The words' conditions on one kind: its full-text index where it can (SQLite FTS5), LIKE on
 * lower-cased text else, and always LIKE within the recent window (an index would find every
 * match in the table, not in the window).
 */
function textConditions(db: Db, kind: SearchKind, words: readonly string[], inWindow: boolean): Statement[] {
  const like = (word: string) =>
    sql`(${join(
      kind.columns.map((c) => sql`lower(t.${raw(`"${c}"`)}) LIKE ${containsPattern(word)} ESCAPE '\\'`),
      " OR ",
    )})`;
  // PostgreSQL's trigram indexes serve LIKE on lower(column) directly.
  if (isPostgresDb(db) || inWindow) return words.map(like);
  const match = ftsMatchExpression(words);
  const fts = raw(`"${kind.fts}"`);
  return [
    ...(match ? [sql`t.rowid IN (SELECT rowid FROM ${fts} WHERE ${fts} MATCH ${match})`] : []),
    // Words too short for the trigram index are checked on the rows the index found (or scanned for).
    ...words.filter((w) => [...w].length < 3).map(like),
  ];
}

/** The day after a "YYYY-MM-DD", so a "to" date includes the whole of that day. */
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function conditionsOf(
  db: Db,
  kind: SearchKind,
  input: SearchInput,
  words: string[],
  workspaceIds: string[],
  inWindow: boolean,
) {
  return join(
    [
      kind.live,
      sql`${kind.workspaceId} IN (${join(workspaceIds)})`,
      ...textConditions(db, kind, words, inWindow),
      ...(input.verdict && kind.verdict ? [sql`${kind.verdict} = ${input.verdict}`] : []),
      ...(input.status && kind.status ? [sql`${kind.status} = ${input.status}`] : []),
      ...(input.from ? [sql`${kind.date} >= ${input.from}`] : []),
      ...(input.to ? [sql`${kind.date} < ${dayAfter(input.to)}`] : []),
    ],
    " AND ",
  );
}

/**
 * One kind's two statements: how many match, and the newest `limit` of them; with `window`,
 * among its newest `window` rows only (exported for the query-plan test).
 */
export function searchStatements(
  db: Db,
  kind: SearchKind,
  query: SearchInput,
  words: string[],
  workspaceIds: string[],
  limit: number,
  window?: number,
) {
  const where = conditionsOf(db, kind, query, words, workspaceIds, window !== undefined);
  const from = window === undefined ? kind.from : kind.recent(window);
  // A document's text is long: only the part around the first word comes back.
  const start = isPostgresDb(db)
    ? sql`greatest(1, strpos(lower(t."plainText"), ${words[0]}) - 120)`
    : sql`max(1, instr(lower(t."plainText"), ${words[0]}) - 120)`;
  return {
    count: sql`SELECT COUNT(*) AS "n" FROM (SELECT 1 ${from} WHERE ${where} LIMIT ${SEARCH_COUNT_LIMIT + 1}) counted`,
    rows: sql`SELECT ${kind.select(start)}, w."slug" AS "workspaceSlug", w."name" AS "workspaceName"
              ${from} JOIN "Workspace" w ON w."id" = ${kind.workspaceId}
              WHERE ${where} ORDER BY ${kind.date} DESC, t."id" DESC LIMIT ${limit}`,
  };
}

/** The kinds a search looks in: its type, and only kinds that have a verdict or a status when it filters by them. */
const kindsFor = (input: SearchInput) =>
  SEARCH_KINDS.filter(
    (k) =>
      (!input.type || k.type === input.type) &&
      (!input.verdict || k.verdict !== null) &&
      (!input.status || k.status !== null),
  );

const urlOf = (type: SearchType, row: Row) =>
  type === "fact-check"
    ? row.url!
    : type === "document"
      ? `/documents/${row.slug}`
      : `/documents/${row.slug}#claim-${row.claimId}`;

/**
 * One search over everything a person may read: documents (title and text), claims, notes (their
 * rationales and sources), replies and imported fact-checks, in the workspaces they may read and
 * that are not archived, newest first, with a snippet around the words found. Every word must
 * appear (in any field of the kind).
 */
export async function searchEverything(
  db: Db,
  actor: Actor | null,
  input: unknown,
  /** How many of each kind's newest rows common words are looked for in first (tests make it small). */
  recentWindow = RECENT_WINDOW,
): Promise<Result<SearchPage>> {
  const parsed = parseInput(searchSchema, input);
  if (!parsed.ok) return parsed;
  const query = parsed.data;
  const words = searchWords(query.q);
  if (words.length === 0) return fail(400, "Type what to search for.", { q: "Type what to search for." });
  let workspaceIds = await readableWorkspaceIds(db, actor, { listed: true });
  if (query.workspace) {
    const chosen = await db.workspace.findUnique({ where: { slug: query.workspace }, select: { id: true } });
    workspaceIds = workspaceIds.filter((id) => id === chosen?.id);
  }
  const page = query.page ?? 1;
  const empty = { q: query.q, total: 0, more: false, page: 1, pageCount: 1, results: [] };
  if (workspaceIds.length === 0) return ok(empty);
  const wanted = page * SEARCH_PAGE_SIZE;
  const kinds = kindsFor(query);
  const sizes = await tableSizes(
    db,
    kinds.map((kind) => kind.dated),
  );
  const found = await Promise.all(
    kinds.map(async (kind) => {
      const run = async (window?: number) => {
        const statements = searchStatements(db, kind, query, words, workspaceIds, wanted, window);
        const [count, rows] = await Promise.all([
          queryStatement<{ n: number | bigint }>(db, statements.count),
          queryStatement<Row>(db, statements.rows),
        ]);
        return { kind, total: Number(count[0]?.n ?? 0), rows };
      };
      // An unknown size (PostgreSQL before its first ANALYZE) may be large: the window, as before.
      if ((sizes.get(kind.dated) ?? Infinity) <= recentWindow) return run();
      const recent = await run(recentWindow);
      return recent.total > SEARCH_COUNT_LIMIT && recent.rows.length >= wanted ? recent : run();
    }),
  );
  const more = found.some((f) => f.total > SEARCH_COUNT_LIMIT);
  const total = found.reduce((sum, f) => sum + Math.min(f.total, SEARCH_COUNT_LIMIT), 0);
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  const results = found
    .flatMap(({ kind, rows }) => rows.map((row) => ({ kind, row, date: new Date(row.date).toISOString() })))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .slice((page - 1) * SEARCH_PAGE_SIZE, wanted)
    .map(({ kind, row, date }): SearchResult => ({
      type: kind.type,
      id: row.id,
      title: row.title,
      url: urlOf(kind.type, row),
      snippet: snippetOf(row.text ?? "", words),
      workspace: { slug: row.workspaceSlug, name: row.workspaceName },
      date,
      verdict: row.verdict,
      status: row.status,
    }));
  return ok({ q: query.q, total, more, page: Math.min(page, pageCount), pageCount, results });
}
