// What the workspace scoping costs the hot queries, measured in one process on the same data, so
// the HTTP benchmark's run-to-run noise (±30 % on this 2-core machine) does not hide or invent
// it: the review queue with and without its workspace clause, and the flag path's two reads
// (the caller with their memberships, the document with its workspace) against the reads it
// made before workspaces. SQLite, and PostgreSQL when DATABASE_URL is set. Prints a table.
import { performance } from "node:perf_hooks";
import { createTestDatabase, databaseKinds } from "../lib/db/test-databases";
import { seedSyntheticDocument } from "../bench/synthetic-data";
import { percentile, round } from "../bench/measure";
import { printTable, recordResults, type BenchRow } from "../bench/results-file";
import { loadActor } from "../lib/data/actor";
import { getDocumentText } from "../lib/data/documents/document-text";
import { listQueue, loadQueueClaims, queueDocumentIds, queueWhere } from "../lib/data/review/review-queue";
import { makeActor } from "../lib/data/test-fixtures";
import type { Db } from "../lib/db";

// `npm run bench` names PostgreSQL in DATABASE_URL; the test databases are made beside it.
if (process.env.DATABASE_URL?.startsWith("postgres")) process.env.TEST_POSTGRES_URL ??= process.env.DATABASE_URL;

const RUNS = 200;
const DESKS = 20;

/** The p50 of each of two ways, run in turns so the machine's drift falls on both alike. */
async function timeBoth(
  before: () => Promise<unknown>,
  after: () => Promise<unknown>,
): Promise<{ before: number; after: number }> {
  for (let i = 0; i < 10; i++) await Promise.all([before(), after()]);
  const times: { before: number[]; after: number[] } = { before: [], after: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const [name, run] of [
      ["before", before],
      ["after", after],
    ] as const) {
      const started = performance.now();
      await run();
      times[name].push(performance.now() - started);
    }
  }
  return { before: percentile(times.before, 50), after: percentile(times.after, 50) };
}

async function seed(db: Db) {
  const reviewer = await makeActor(db, "Scoping Reviewer", "REVIEWER");
  const authors = [reviewer.id];
  const workspaces: Record<string, "EDITOR"> = { ...(reviewer.workspaces as Record<string, "EDITOR">) };
  for (let desk = 1; desk <= DESKS; desk++) {
    const id = `scoping-desk-${desk}`;
    await db.workspace.create({ data: { id, slug: id, name: id, visibility: "PRIVATE" } });
    await db.membership.create({ data: { workspaceId: id, userId: reviewer.id, role: "EDITOR" } });
    workspaces[id] = "EDITOR";
    await seedSyntheticDocument(db, {
      slug: `scoping-${desk}`,
      words: 10_000,
      claims: 500,
      notesPerClaim: 1,
      authorIds: authors,
      seed: desk,
      workspaceId: id,
    });
  }
  return { ...reviewer, workspaces };
}

async function main() {
  for (const kind of databaseKinds()) {
    const rows: BenchRow[] = [];
    const t = await createTestDatabase(kind);
    try {
      const reviewer = await seed(t.db);
      const filters = {
        page: 1,
        sort: "disagreement" as const,
        status: "IN_REVIEW" as const,
        verdict: null,
        assignee: null,
        document: null,
        q: "record",
        sourcesChanged: false,
        after: null,
        before: null,
      };
      const workspaceIds = Object.keys(reviewer.workspaces);
      // The queue's own statements (lib/data/review/review-queue.ts), scoped as listQueue scopes
      // them (its workspaces' document ids, read first) and without the scope clause.
      const run = async (where: ReturnType<typeof queueWhere>) => {
        if ((await loadQueueClaims(t.db, where, filters)).total === 0) throw new Error("the queue answered nothing");
      };
      const unscopedWhere = queueWhere(filters, reviewer.id, []);
      unscopedWhere.AND = unscopedWhere.AND.filter((clause) => !("documentId" in clause));
      const { before: unscoped, after: scoped } = await timeBoth(
        () => run(unscopedWhere),
        async () => run(queueWhere(filters, reviewer.id, await queueDocumentIds(t.db, workspaceIds))),
      );
      const listed = await listQueue(t.db, reviewer, filters);
      if (!listed.ok || listed.data.total === 0) throw new Error("listQueue answered nothing");
      rows.push(
        {
          measure: `review queue, 10,000 claims in ${DESKS} workspaces, without the workspace scope, p50 of ${RUNS}`,
          value: round(unscoped),
          unit: "ms",
          target: "",
        },
        {
          measure: `review queue, 10,000 claims in ${DESKS} workspaces, scoped, p50 of ${RUNS}`,
          value: round(scoped),
          unit: "ms",
          target: "",
        },
        {
          measure: "review queue: what the scope costs",
          value: round(((scoped - unscoped) / unscoped) * 100),
          unit: "%",
          target: "< 10",
        },
      );

      // The flag path's reads: the caller and the document, with and without their workspaces.
      const session = { userId: reviewer.id, sessionVersion: 0 };
      const { before, after } = await timeBoth(
        async () => {
          const user = await t.db.$queryRaw<{ id: string }[]>`
            SELECT "id", "name", "email", "role", "sessionVersion", "disabledAt" FROM "User" WHERE "id" = ${reviewer.id}`;
          const document = await t.db.$queryRaw<
            { id: string }[]
          >`SELECT "id", "updatedAt" FROM "Document" WHERE "slug" = ${"scoping-1"}`;
          if (user.length !== 1 || document.length !== 1) throw new Error("no user or document");
        },
        async () => {
          if (!(await loadActor(t.db, session))) throw new Error("no actor");
          if (!(await getDocumentText(t.db, "scoping-1"))) throw new Error("no document");
        },
      );
      rows.push(
        {
          measure: `flag path's reads (the caller, the document), before workspaces, p50 of ${RUNS}`,
          value: round(before, 2),
          unit: "ms",
          target: "",
        },
        {
          measure: "flag path's reads with memberships and the document's workspace",
          value: round(after, 2),
          unit: "ms",
          target: "",
        },
      );
    } finally {
      await t.drop();
    }
    printTable(`workspace scoping (${kind})`, rows);
    recordResults(`scoping-${kind}`, rows);
  }
}

void main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
