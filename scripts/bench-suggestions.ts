import { execFileSync } from "node:child_process";
// Suggestions and claim-matching speed (issue 11), run by `npm run bench`. BENCH_ONLY=suggestions
// runs only these. Prints numbers and records them in bench/results.json; asserts nothing.
import { printTable, recordResults } from "../bench/results-file";
import { scoreSentences } from "../lib/checkworthiness/score";
import { readLabelledSentences } from "../lib/checkworthiness/eval/labelled-set";
import { createTestDatabase } from "../lib/db/test-databases";
import { importFactChecks } from "../lib/data/fact-checks/fact-checks";
import { percentile, round } from "../bench/measure";
import { paragraphsOfWords } from "../bench/import-data";

const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
if (only && !only.includes("suggestions")) process.exit(0);

const log = (line: string) => console.log(`[bench-suggestions] ${line}`);
type Row = { measure: string; value: number; unit: string; target: string };
const rows: Row[] = [];

/** 100,000 distinct fact-check texts: the labelled sentences with other names and numbers. */
function syntheticFactChecks(count: number): string[] {
  const base = readLabelledSentences().map((s) => s.sentence);
  const places = [
    "Norway",
    "Peru",
    "Kenya",
    "Ohio",
    "Bavaria",
    "Quebec",
    "Kerala",
    "Tasmania",
    "Andalusia",
    "Manitoba",
    "Sichuan",
    "Lagos",
    "Oslo",
    "Lima",
    "Nairobi",
  ];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, (_, i) => {
    const sentence = base[i % base.length]!.replace(/\d+/g, () => String(next() % 1000));
    return `In ${places[next() % places.length]}, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)} (case ${i})`;
  });
}

interface Asked {
  queries: number;
  answered: number;
  p50: number;
  p95: number;
  rssMb: number;
}

/** The paraphrase queries asked by a fresh process on this database (scripts/bench-match-queries.ts). */
function queriesInFreshProcess(databaseUrl: string): Asked {
  const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/bench-match-queries.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

/**
 * Three fresh processes, each figure their median: one process's RSS moved by 30 MB between
 * identical runs at one size (V8 sizes its heap by when it last collected), more than the
 * growth measured between sizes.
 */
function queriesInFreshProcesses(databaseUrl: string): Asked {
  const runs = [0, 1, 2].map(() => queriesInFreshProcess(databaseUrl));
  const median = (pick: (run: Asked) => number) => percentile(runs.map(pick), 50);
  return {
    queries: runs[0]!.queries,
    answered: Math.min(...runs.map((run) => run.answered)),
    p50: median((run) => run.p50),
    p95: median((run) => run.p95),
    rssMb: median((run) => run.rssMb),
  };
}

async function main() {
  const text = paragraphsOfWords(50_000).join("\n");
  const words = text.split(/\s+/).length;
  scoreSentences("Warm the tagger up: 1 sentence.");
  const times: number[] = [];
  let sentences = 0;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    sentences = scoreSentences(text).length;
    times.push(performance.now() - started);
  }
  const scoreMs = percentile(times, 50);
  log(`scoring ${words} words (${sentences} sentences): ${round(scoreMs, 0)} ms`);
  rows.push({ measure: `score a ${words}-word document`, value: round(scoreMs, 0), unit: "ms", target: "< 2000" });

  // The collection sizes to measure matching at: 10,000 and 100,000 by default;
  // BENCH_MATCH_SCALE=1m adds 1,000,000 (minutes of importing on each database).
  // (10,000, then 100,000 more: the import target is timed on exactly 100,000.)
  const sizes = process.env.BENCH_MATCH_SCALE === "1m" ? [10_000, 110_000, 1_000_000] : [10_000, 110_000];
  // BENCH_MATCH_DB=postgres (or sqlite) measures one database only.
  const kinds = (process.env.TEST_POSTGRES_URL ? (["sqlite", "postgres"] as const) : (["sqlite"] as const)).filter(
    (kind) => !process.env.BENCH_MATCH_DB || process.env.BENCH_MATCH_DB === kind,
  );
  for (const kind of kinds) {
    const database = await createTestDatabase(kind);
    try {
      const admin = await database.db.user.create({
        data: { name: "Bench Admin", email: `bench-admin-${kind}@example.org`, role: "ADMIN" },
      });
      const actor = {
        id: admin.id,
        name: admin.name,
        email: admin.email,
        role: "ADMIN" as const,
        workspaces: { default: "ADMIN" as const },
        onlyWorkspace: null,
      };
      const texts = syntheticFactChecks(sizes.at(-1)!);
      let imported = 0;
      let rssAtFirst = 0;
      for (const size of sizes) {
        // Imported through the app's own import (the index is written in its transactions),
        // 100,000 ClaimReviews a call, as an admin's file upload brings them.
        const started = performance.now();
        const from = imported;
        for (; imported < size; imported += Math.min(100_000, size - imported)) {
          const batch = texts.slice(imported, Math.min(size, imported + 100_000)).map((claimReviewed, j) => ({
            url: `https://factcheck.example/${imported + j}`,
            claimReviewed,
            rating: "False",
            reviewer: "Bench Check",
            claimAuthor: null,
            reviewedOn: null,
            headline: null,
            appearance: null,
            inLanguage: null,
          }));
          const result = await importFactChecks(database.db, actor, batch, [], "bench");
          if (!result.ok || result.data.created !== batch.length)
            throw new Error(`the import of ${batch.length} fact-checks did not create them all`);
        }
        const importMs = performance.now() - started;
        const asked = queriesInFreshProcesses(database.url);
        // Every query finds something in a collection this size: a query that failed would not.
        if (asked.answered !== asked.queries)
          throw new Error(`${asked.queries - asked.answered} queries found nothing`);
        const rss = asked.rssMb;
        rssAtFirst ||= rss;
        const p95 = asked.p95;
        const label = size.toLocaleString("en");
        log(
          `${kind}: ${label} fact-checks (${(size - from).toLocaleString("en")} imported in ${round(importMs / 1000, 1)} s); ${asked.queries} queries p50 ${round(asked.p50, 1)} ms, p95 ${round(p95, 1)} ms; RSS ${round(rss, 0)} MB`,
        );
        rows.push({
          measure: `${kind}: similar fact-checks over ${label}, p95`,
          value: round(p95, 1),
          unit: "ms",
          target: "< 50",
        });
        if (size === 110_000)
          rows.push({
            measure: `${kind}: import 100,000 ClaimReviews (onto 10,000), indexed`,
            value: round(importMs / 1000, 1),
            unit: "s",
            target: "< 60",
          });
        if (size !== sizes[0])
          rows.push({
            measure: `${kind}: a serving process's RSS growth, 10,000 → ${label} fact-checks`,
            value: round(rss - rssAtFirst, 0),
            unit: "MB",
            target: "< 50",
          });
      }
    } finally {
      await database.drop();
    }
  }
  printTable("suggestions and similar fact-checks", rows);
  recordResults("suggestions", rows);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
