// A fresh process asking the similar-fact-checks queries, as a server instance would: started by
// scripts/bench-suggestions.ts once per collection size, so its memory is that of answering,
// not of importing. Reads the database from DATABASE_URL; prints one JSON line.
import { readParaphraseSet } from "../lib/claim-matching/eval/paraphrase-set";
import { createDb } from "../lib/db/client";
import { databaseTargetFrom } from "../lib/db/database-url";
import { findSimilarFactChecks } from "../lib/data/fact-checks/similar-fact-checks";
import { percentile } from "../bench/measure";
import { DEFAULT_WORKSPACE_ID } from "../lib/workspaces/visibility";

async function main() {
  const db = createDb(databaseTargetFrom(process.env));
  const queries = readParaphraseSet().map((t) => t.paraphrase);
  await findSimilarFactChecks(db, "warm up the connection", {
    minStrength: "any",
    workspaceIds: [DEFAULT_WORKSPACE_ID],
  });
  const times: number[] = [];
  let answered = 0;
  for (let round = 0; round < 2; round++) {
    for (const q of queries) {
      const started = performance.now();
      if ((await findSimilarFactChecks(db, q, { minStrength: "any", workspaceIds: [DEFAULT_WORKSPACE_ID] })).length > 0)
        answered++;
      times.push(performance.now() - started);
    }
  }
  const memory = process.memoryUsage();
  const rssMb = memory.rss / 2 ** 20;
  // Where the memory is, for reading a growth: V8's heap, or native (SQLite's cache, buffers).
  console.error(
    `[bench-match-queries] rss ${Math.round(rssMb)} MB, heap ${Math.round(memory.heapTotal / 2 ** 20)} MB, external ${Math.round(memory.external / 2 ** 20)} MB`,
  );
  await db.$disconnect();
  console.log(
    JSON.stringify({ queries: times.length, answered, p50: percentile(times, 50), p95: percentile(times, 95), rssMb }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
