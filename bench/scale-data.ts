import type { Db } from "../lib/db/client";

/** The synthetic vocabulary, as SQL: a claim's words are picked from it by its number. */
const WORDS = [
  "open",
  "source",
  "models",
  "closed",
  "weights",
  "license",
  "research",
  "data",
  "training",
  "compute",
  "policy",
  "market",
  "regulation",
  "procurement",
  "disclosure",
  "parameters",
  "framework",
  "community",
  "developers",
  "benchmark",
  "audit",
  "security",
  "governance",
  "innovation",
  "ecosystem",
  "standard",
  "interface",
  "platform",
  "evaluation",
  "release",
];
const words = `(ARRAY[${WORDS.map((w) => `'${w}'`).join(",")}])`;
/** The k-th word of row i (SQL), different rows getting different mixes. */
const word = (k: number) => `${words}[1 + ((i * ${7 + 2 * k} + ${k * 13}) % ${WORDS.length})]`;
const sentence = (n: number) => Array.from({ length: n }, (_, k) => word(k)).join(" || ' ' || ");

export const SCALE = { workspaces: 20, documents: 2_000, claims: 1_000_000, notesPerClaim: 3 } as const;

/** The trigram indexes the search migration made: dropped for the bulk load and built again after it. */
const TRGM = [
  ["Document", "title"],
  ["Document", "plainText"],
  ["Claim", "exact"],
  ["Note", "rationale"],
  ["Source", "url"],
  ["Source", "title"],
  ["Reply", "body"],
  ["ExternalFactCheck", "claimReviewed"],
  ["ExternalFactCheck", "headline"],
] as const;

/**
 * A decade of a desk's work on PostgreSQL, written by INSERT … SELECT over generate_series (no
 * row goes through the app): SCALE.workspaces private desks, SCALE.documents documents spread over
 * them, SCALE.claims claims in every status over ten years, SCALE.notesPerClaim notes each. The
 * reviewer is an Editor of every desk; `authors` write the claims and notes. Returns the seconds
 * each step took.
 */
export async function seedScale(
  db: Db,
  reviewerId: string,
  authors: readonly string[],
): Promise<Record<string, number>> {
  const took: Record<string, number> = {};
  const step = async (name: string, sql: string) => {
    const started = performance.now();
    await db.$executeRawUnsafe(sql);
    took[name] = Math.round((performance.now() - started) / 100) / 10;
  };
  const author = `(ARRAY[${authors.map((a) => `'${a}'`).join(",")}])[1 + (i % ${authors.length})]`;
  const daysAgo = `now() - ((i % 3650) * interval '1 day') - ((i % 86400) * interval '1 second')`;
  for (const [table, column] of TRGM) await db.$executeRawUnsafe(`DROP INDEX IF EXISTS "${table}_${column}_trgm"`);
  await step(
    "workspaces",
    `INSERT INTO "Workspace" ("id", "slug", "name", "visibility", "createdAt", "updatedAt")
     SELECT 'ws' || i, 'scale-desk-' || i, 'Scale desk ' || i, 'PRIVATE', now(), now() FROM generate_series(1, ${SCALE.workspaces}) i`,
  );
  await step(
    "memberships",
    `INSERT INTO "Membership" ("workspaceId", "userId", "role", "createdAt", "updatedAt")
     SELECT 'ws' || i, '${reviewerId}', 'EDITOR', now(), now() FROM generate_series(1, ${SCALE.workspaces}) i
     UNION ALL SELECT 'ws' || w, a, 'CHECKER', now(), now()
       FROM generate_series(1, ${SCALE.workspaces}) w, unnest(ARRAY[${authors.map((a) => `'${a}'`).join(",")}]) a`,
  );
  await step(
    "documents",
    `INSERT INTO "Document" ("id", "slug", "workspaceId", "title", "plainText", "contentJson", "searchText", "createdAt", "updatedAt")
     SELECT 'sd' || i, 'scale-doc-' || i, 'ws' || (1 + (i - 1) % ${SCALE.workspaces}), 'Scale document ' || i || ' on ' || ${word(0)},
            'The text of scale document ' || i || '.', '{}', 'scale document ' || i, ${daysAgo}, now()
     FROM generate_series(1, ${SCALE.documents}) i`,
  );
  await step(
    "claims",
    `INSERT INTO "Claim" ("id", "documentId", "authorId", "exact", "prefix", "suffix", "start", "end", "status",
                          "finalVerdict", "noteCount", "verdictSpread", "searchText", "lastActivityAt", "createdAt", "updatedAt")
     SELECT 'sc' || i, 'sd' || (1 + (i - 1) % ${SCALE.documents}), ${author}, e, '', '', 0, length(e),
            (ARRAY['FLAGGED','IN_REVIEW','REVIEWED'])[1 + i % 3],
            CASE WHEN i % 3 = 2 THEN (ARRAY['TRUE','MOSTLY_TRUE','MIXED','MISLEADING','FALSE'])[1 + i % 5] END,
            ${SCALE.notesPerClaim}, i % 2, lower(e) || ' checked against the record', ${daysAgo}, ${daysAgo}, now()
     FROM (SELECT i, 'Claim ' || i || ': ' || ${sentence(10)} AS e FROM generate_series(1, ${SCALE.claims}) i) s`,
  );
  await step(
    "notes",
    `INSERT INTO "Note" ("id", "claimId", "authorId", "verdict", "rationale", "createdAt", "updatedAt")
     SELECT 'sn' || i, 'sc' || (1 + (i - 1) / ${SCALE.notesPerClaim}), ${author},
            (ARRAY['TRUE','MOSTLY_TRUE','MIXED','MISLEADING','FALSE'])[1 + i % 5],
            'Checked against the record: ' || ${sentence(8)}, ${daysAgo}, now()
     FROM generate_series(1, ${SCALE.claims * SCALE.notesPerClaim}) i`,
  );
  const indexing = performance.now();
  for (const [table, column] of TRGM)
    await db.$executeRawUnsafe(
      `CREATE INDEX "${table}_${column}_trgm" ON "${table}" USING gin (lower("${column}") gin_trgm_ops)`,
    );
  took["search indexes"] = Math.round((performance.now() - indexing) / 100) / 10;
  // The similar-fact-checks index is not built from these claims (its million is measured by
  // scripts/bench-suggestions.ts): marked built, so the server does not spend minutes on it at start.
  await step(
    "match index marked built",
    `INSERT INTO "Setting" ("key", "value") VALUES ('match-index:built', 'bench-scale') ON CONFLICT DO NOTHING`,
  );
  await step("vacuum analyze", "VACUUM ANALYZE");
  return took;
}
