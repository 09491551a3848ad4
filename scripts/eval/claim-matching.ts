// The claim-matching part of `npm run eval`: the app's ranking on the repo's paraphrases and on
// real posts against real fact-checks (CLEF 2020 CheckThat! Task 2), each beside plain BM25
// computed here on the same data, and how often "Close match" and "Possible match" are right.
import type { BenchRow } from "../../bench/results-file";
import { evalDataFolder } from "./eval-data";
import { clefClaimRetrieval, type RetrievalBenchmark } from "../../lib/claim-matching/eval/clef-claim-retrieval";
import { createTestDatabase } from "../../lib/db/test-databases";
import { addToMatchIndex, databaseMatchStore } from "../../lib/data/fact-checks/match-index";
import {
  evaluateClaimMatching,
  evaluateClaimRetrieval,
  retrievalEntries,
  type MatchingEvaluation,
} from "../../lib/claim-matching/eval/evaluate";
import type { RankingMetrics } from "../../lib/claim-matching/eval/ranking-metrics";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const line = (label: string, m: RankingMetrics) =>
  `    ${label.padEnd(12)} MAP@5 ${m.mapAt5.toFixed(3)}  P@1 ${m.precisionAt1.toFixed(3)}  recall@5 ${pct(m.recallAt5)}`;

function print(result: MatchingEvaluation, target: string) {
  console.log(`\n  ${result.name}: ${result.queries} queries against ${result.corpus} entries`);
  console.log(line("app", result.app) + (target ? `   (target ${target})` : ""));
  console.log(line("plain BM25", result.baseline));
  const { close, possible } = result.strengths;
  console.log(
    `    shown with the floor: "Close match" ${close.shown} (${pct(close.right / Math.max(1, close.shown))} right, target ≥ 90%), "Possible match" ${possible.shown} (${pct(possible.right / Math.max(1, possible.shown))} right); nothing shown for ${result.nothingShown} queries`,
  );
}

const rows = (result: MatchingEvaluation, targets: { map?: string; recall?: string }): BenchRow[] => [
  {
    measure: `claim matching MAP@5, ${result.name}`,
    value: Number(result.app.mapAt5.toFixed(3)),
    unit: "",
    target: targets.map ?? "",
  },
  {
    measure: `claim matching recall@5, ${result.name}`,
    value: Number((result.app.recallAt5 * 100).toFixed(1)),
    unit: "%",
    target: targets.recall ?? "",
  },
  {
    measure: `  baseline plain BM25: MAP@5, ${result.name}`,
    value: Number(result.baseline.mapAt5.toFixed(3)),
    unit: "",
    target: "",
  },
  {
    measure: `"Close match" right, ${result.name}`,
    value: Number(((100 * result.strengths.close.right) / Math.max(1, result.strengths.close.shown)).toFixed(1)),
    unit: "%",
    target: "≥ 90",
  },
];

/**
 * The held-out split again, ranked by the app's own index in each database (SQLite, and
 * PostgreSQL when TEST_POSTGRES_URL is set): the figures must be the in-memory ones.
 */
async function inDatabases(benchmark: RetrievalBenchmark): Promise<BenchRow[]> {
  const found: BenchRow[] = [];
  for (const kind of process.env.TEST_POSTGRES_URL ? (["sqlite", "postgres"] as const) : (["sqlite"] as const)) {
    const database = await createTestDatabase(kind);
    try {
      await database.db.$transaction((tx) => addToMatchIndex(tx, retrievalEntries(benchmark)), { timeout: 600_000 });
      const result = await evaluateClaimRetrieval(benchmark, databaseMatchStore(database.db));
      console.log(line(`on ${kind}`, result.app));
      found.push({
        measure: `claim matching MAP@5, ${result.name}, index in ${kind}`,
        value: Number(result.app.mapAt5.toFixed(3)),
        unit: "",
        target: "the in-memory figure",
      });
    } finally {
      await database.drop();
    }
  }
  return found;
}

export async function evaluateMatchingSets(): Promise<{ rows: BenchRow[]; details: MatchingEvaluation[] }> {
  const details: MatchingEvaluation[] = [];
  const all: BenchRow[] = [];
  const paraphrases = await evaluateClaimMatching();
  print(paraphrases, "recall@5 ≥ 95%");
  details.push(paraphrases);
  all.push(...rows(paraphrases, { recall: "≥ 95" }));
  for (const split of ["dev", "train"] as const) {
    const benchmark = clefClaimRetrieval(split, evalDataFolder());
    if (!benchmark) {
      console.log(
        `\n  (CLEF 2020 Task 2 not found under ${evalDataFolder()}/clef2020-checkthat-task2: README.md says how to get it)`,
      );
      break;
    }
    const result = await evaluateClaimRetrieval(benchmark);
    // The dev split is held out; the training split chose the settings and fitted the strengths.
    print(result, split === "dev" ? "MAP@5 ≥ 0.85, above plain BM25" : "");
    details.push(result);
    all.push(...rows(result, split === "dev" ? { map: "≥ 0.85" } : {}));
    if (split === "dev") all.push(...(await inDatabases(benchmark)));
  }
  return { rows: all, details };
}
