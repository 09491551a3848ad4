// `BENCH_SCALE=1m npm run bench` (or `BENCH_SCALE=1m npx tsx scripts/bench-scale.ts`): a decade of a
// desk's work on PostgreSQL — 1,000,000 claims, 3,000,000 notes, 2,000 documents over 20 private
// workspaces, plus the reader's 2,000-claim document — seeded with INSERT … SELECT, then served and
// measured over HTTP: the queue, search, the reader and a report export at that size, and the
// server's memory. Without BENCH_SCALE it does nothing (the ordinary run stays about 15 minutes).
// Needs DATABASE_URL (a fresh database is made beside it and dropped after). Fact-checks at a
// million are measured by scripts/bench-suggestions.ts (BENCH_MATCH_SCALE=1m).
import { freshDatabase } from "../bench/database";
import { percentile, round, serverRssMb, timeGets, watchMemory } from "../bench/measure";
import { printTable, recordResults, withLoad, type BenchRow } from "../bench/results-file";
import { SCALE, seedScale } from "../bench/scale-data";
import { benchSearch } from "../bench/search";
import { startServer, stopServer } from "../bench/server";
import { signInCookie } from "../bench/session";
import { READER_DOCUMENT, seedSyntheticDocument } from "../bench/synthetic-data";
import { BENCH_PASSWORD, seedBenchPeople } from "../bench/people";

const log = (line: string) => process.stderr.write(`bench-scale: ${line}\n`);

async function main() {
  if (process.env.BENCH_SCALE !== "1m") return;
  if (!process.env.DATABASE_URL?.startsWith("postgres")) {
    console.error("BENCH_SCALE=1m measures PostgreSQL: set DATABASE_URL=postgresql://…");
    process.exit(2);
  }
  const database = await freshDatabase("postgres");
  const rows: BenchRow[] = [];
  try {
    const authors = await seedBenchPeople(database.db);
    log(`seeding ${SCALE.claims.toLocaleString("en")} claims`);
    const started = performance.now();
    await seedSyntheticDocument(database.db, { ...READER_DOCUMENT, authorIds: authors });
    const steps = await seedScale(database.db, "bench-reviewer", authors);
    const seconds = (performance.now() - started) / 1000;
    const claims = await database.db.claim.count();
    const notes = await database.db.note.count();
    if (claims < SCALE.claims || notes < SCALE.claims * SCALE.notesPerClaim)
      throw new Error(`seeded ${claims} claims and ${notes} notes: fewer than the run says`);
    log(`seeded in ${round(seconds, 0)} s: ${JSON.stringify(steps)}`);
    rows.push({
      measure: `seed ${claims.toLocaleString("en")} claims, ${notes.toLocaleString("en")} notes, ${SCALE.documents + 1} documents, search indexes built`,
      value: round(seconds / 60, 1),
      unit: "min",
      target: "< 15",
    });
    await database.db.$disconnect();

    const port = 3400 + Math.floor(Math.random() * 400);
    const server = await startServer(database.env, port);
    const memory = watchMemory(server.pid!);
    // The memory after each step, for reading which step a peak comes from.
    const measured = (what: string) =>
      log(
        `${what} measured: server RSS now ${serverRssMb(server.pid!)} MB, peak so far ${memory.serverPeakMb()} MB; worker peak ${memory.workerPeakMb()} MB`,
      );
    const base = `http://127.0.0.1:${port}`;
    try {
      const cookie = await signInCookie(base, "reviewer@bench.test", BENCH_PASSWORD);
      measured("sign-in");
      const timed = async (measure: string, url: string, count: number, target: string, pct = 50) => {
        await timeGets(url, 2, { cookie });
        const run = await withLoad(() => timeGets(url, count, { cookie }));
        rows.push({ measure, value: round(percentile(run.result, pct)), unit: "ms", target, load: run.load });
      };
      log("review queue");
      await timed(
        `review queue (${claims.toLocaleString("en")} claims), in review, disagreement first, p50`,
        `${base}/review?status=IN_REVIEW&sort=disagreement&assignee=any`,
        20,
        "< 200",
      );
      // Paged by key: page 11, reached by following "Next page" ten times.
      let deep = `${base}/review?status=IN_REVIEW&sort=disagreement&assignee=any`;
      for (let i = 0; i < 10; i++) {
        const html = await (await fetch(deep, { headers: { cookie } })).text();
        const next = html.match(/href="(\/review\?[^"]*)"[^>]*>Next page</)?.[1];
        if (!next) throw new Error(`page ${i + 1} of the queue has no Next page link`);
        deep = `${base}${next.replaceAll("&amp;", "&")}`;
      }
      await timed("review queue, the same, page 11 (by key), p50", deep, 20, "< 200");
      await timed(
        "review queue, the same with words (q=record: a LIKE over each claim's search text), p50",
        `${base}/review?status=IN_REVIEW&sort=disagreement&assignee=any&q=record`,
        10,
        "< 200",
      );
      measured("review queue");
      log("search");
      rows.push(...(await benchSearch(base, cookie, claims)));
      measured("search");
      log("reader and report");
      await timed("reader page, the 2,000-claim document, p50", `${base}/documents/bench-reader`, 20, "< 300");
      measured("reader");
      await timed(
        "report export, the 2,000-claim document, html (p50 of 5)",
        `${base}/api/documents/bench-reader/report?format=html`,
        5,
        "< 1000",
      );
      measured("report export");
      rows.push({ measure: "server (Node) peak RSS", value: memory.serverPeakMb(), unit: "MB", target: "< 500" });
      rows.push({ measure: "background worker (Node) peak RSS", value: memory.workerPeakMb(), unit: "MB", target: "" });
    } finally {
      memory.stop();
      await stopServer(server);
    }
  } finally {
    await database.drop();
  }
  printTable("at a million claims (PostgreSQL)", rows);
  recordResults("scale (postgres, 1m)", rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
