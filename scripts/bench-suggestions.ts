// Suggestions and claim-matching speed (issue 11), run by `npm run bench`. BENCH_ONLY=suggestions
// runs only these. Prints numbers and records them in bench/results.json; asserts nothing.
import { printTable, recordResults } from "../bench/results-file";
import { scoreSentences } from "../lib/checkworthiness/score";
import { readLabelledSentences } from "../lib/checkworthiness/eval/labelled-set";
import { readParaphraseSet } from "../lib/claim-matching/eval/paraphrase-set";
import { createTestDatabase } from "../lib/db/test-databases";
import { findSimilarFactChecks } from "../lib/data/fact-checks/similar-fact-checks";
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

  for (const kind of process.env.TEST_POSTGRES_URL ? (["sqlite", "postgres"] as const) : (["sqlite"] as const)) {
    const database = await createTestDatabase(kind);
    try {
      const texts = syntheticFactChecks(100_000);
      // Imported an hour ago: the steady state. Right after a large import, each instance's
      // cache also recounts the rows changed within its sync margin (measured below too).
      const anHourAgo = new Date(Date.now() - 3_600_000);
      for (let i = 0; i < texts.length; i += 5_000) {
        await database.db.externalFactCheck.createMany({
          data: texts.slice(i, i + 5_000).map((claimReviewed, j) => ({
            url: `https://factcheck.example/${i + j}`,
            claimReviewed,
            rating: "False",
            reviewer: "Bench Check",
            createdAt: anHourAgo,
            updatedAt: anHourAgo,
          })),
        });
      }
      const heapBefore = process.memoryUsage().heapUsed;
      let started = performance.now();
      await findSimilarFactChecks(database.db, "warm up the index", { minStrength: "any" });
      const buildMs = performance.now() - started;
      const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
      const queries = readParaphraseSet().map((t) => t.paraphrase);
      const queryTimes: number[] = [];
      for (let round_ = 0; round_ < 2; round_++) {
        for (const q of queries) {
          started = performance.now();
          await findSimilarFactChecks(database.db, q, { minStrength: "any" });
          queryTimes.push(performance.now() - started);
        }
      }
      const p95 = percentile(queryTimes, 95);
      log(
        `${kind}: 100,000 fact-checks; first query (loads the index) ${round(buildMs, 0)} ms, about ${round(heapMb, 0)} MB of heap; ${queryTimes.length} queries p50 ${round(percentile(queryTimes, 50), 1)} ms, p95 ${round(p95, 1)} ms`,
      );
      rows.push({
        measure: `${kind}: similar fact-checks over 100,000, p95`,
        value: round(p95, 1),
        unit: "ms",
        target: "< 50",
      });
      // The same after all of them were re-imported a moment ago (every row inside the sync margin).
      await database.db.externalFactCheck.updateMany({ data: { rating: "Mostly false" } });
      await findSimilarFactChecks(database.db, "take in the re-import", { minStrength: "any" });
      const freshTimes: number[] = [];
      for (const q of queries) {
        started = performance.now();
        await findSimilarFactChecks(database.db, q, { minStrength: "any" });
        freshTimes.push(performance.now() - started);
      }
      log(`${kind}: within 5 minutes of re-importing all 100,000: p95 ${round(percentile(freshTimes, 95), 1)} ms`);
      rows.push({
        measure: `${kind}: p95 within 5 min of a 100,000 re-import`,
        value: round(percentile(freshTimes, 95), 1),
        unit: "ms",
        target: "(no target)",
      });
      rows.push({
        measure: `${kind}: first query, index load`,
        value: round(buildMs, 0),
        unit: "ms",
        target: "(once per process)",
      });
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
