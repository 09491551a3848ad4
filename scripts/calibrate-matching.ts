// Part of `npm run train`: fits how sure a claim match is (lib/claim-matching/match-strength.ts)
// on labelled pairs of the CLEF 2020 CheckThat! Task 2 training split (tweets and the Snopes
// fact-checks that check them), and sets "Close match" where at least 92 % of the training
// split's matches are right, so that held-out data keeps it at 90 % or more (npm run eval checks
// on the dev split). Needs the data under eval-data/ (README.md); without it, it says so and
// leaves the committed calibration as it is.
import fs from "node:fs";
import { evalDataFolder } from "./eval/eval-data";
import path from "node:path";
import { clefClaimRetrieval, type RetrievalBenchmark } from "../lib/claim-matching/eval/clef-claim-retrieval";
import { retrievalEntries } from "../lib/claim-matching/eval/evaluate";
import { CALIBRATION_FILE, sharedCoverage, strengthFeatures } from "../lib/claim-matching/match-strength";
import { MemoryMatchStore } from "../lib/claim-matching/memory-match-store";
import { rankCandidates } from "../lib/claim-matching/rank-similar";

const CLOSE_PRECISION = 0.92;
/** A candidate below this probability is not shown: fewer than one in four would be right. */
const FLOOR = 0.25;
/**
 * Never below this much shared evidence, whatever the training posts say: one ordinary word in
 * common with a five-word claim ("free", "every") is not a match a person should be shown.
 */
const LEAST_SHARED = 0.2;

const benchmark = clefClaimRetrieval("train", evalDataFolder());
if (!benchmark) {
  console.log("calibrate-matching: no CLEF 2020 Task 2 data under eval-data/ (README.md); calibration left as it is");
  process.exit(0);
}
async function main(benchmark: RetrievalBenchmark) {
  const store = new MemoryMatchStore(retrievalEntries(benchmark));
  const pairsOf = async (query: (typeof benchmark.queries)[number], exclude: ReadonlySet<string>) => {
    const ranked = (await rankCandidates(store, query.text, exclude)).slice(0, 5);
    const best = ranked[0]?.evidence.bm25 ?? 1;
    return ranked.map(({ key, evidence }, i) => ({
      evidence,
      isBest: i === 0,
      x: strengthFeatures(evidence, { relative: evidence.bm25 / best, isBest: i === 0 }),
      y: query.relevant.has(key) ? 1 : 0,
    }));
  };
  // The probabilities are fitted on the posts as they are: each has a fact-check in the index.
  const pairs: Awaited<ReturnType<typeof pairsOf>> = [];
  const mixedBest: typeof pairs = [];
  for (const query of benchmark.queries) {
    const asTheyAre = await pairsOf(query, new Set());
    pairs.push(...asTheyAre);
    mixedBest.push(...[...asTheyAre, ...(await pairsOf(query, query.relevant))].filter((pair) => pair.isBest));
  }
  // The floor is set on the posts asked twice, once as they are and once with their fact-checks
  // left out, since most claims a desk checks have no earlier fact-check: the least shared
  // evidence at which a best hit is right at least FLOOR of the time in that mix.
  let minCoverage = LEAST_SHARED;
  for (let from = LEAST_SHARED; from < 0.6; from += 0.05) {
    const band = mixedBest.filter((p) => sharedCoverage(p.evidence) >= from && sharedCoverage(p.evidence) < from + 0.1);
    if (band.length >= 20 && band.filter((p) => p.y === 1).length / band.length >= FLOOR) {
      minCoverage = Math.round(from * 100) / 100;
      break;
    }
  }

  // Plain (unweighted) logistic regression by gradient descent: the probabilities must mean what
  // they say on data like this, so the classes keep their natural shares.
  let intercept = 0;
  const weights = pairs[0]!.x.map(() => 0);
  for (let step = 0; step < 20_000; step++) {
    let gradIntercept = 0;
    const grad = weights.map(() => 0);
    for (const { x, y } of pairs) {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, i) => s + v * weights[i]!, intercept)));
      gradIntercept += p - y;
      x.forEach((v, i) => (grad[i]! += (p - y) * v));
    }
    intercept -= (0.5 * gradIntercept) / pairs.length;
    weights.forEach((_, i) => (weights[i]! -= (0.5 * grad[i]!) / pairs.length));
  }
  const probability = (x: number[]) => 1 / (1 + Math.exp(-x.reduce((s, v, i) => s + v * weights[i]!, intercept)));
  const scored = pairs.map(({ x, y }) => ({ p: probability(x), y }));
  let closeAt = 0.99;
  for (let t = 0.5; t < 0.99; t += 0.01) {
    const above = scored.filter((s) => s.p >= t);
    if (above.length >= 20 && above.filter((s) => s.y === 1).length / above.length >= CLOSE_PRECISION) {
      closeAt = Math.round(t * 100) / 100;
      break;
    }
  }
  const round = (v: number) => Math.round(v * 10_000) / 10_000;
  const calibration = {
    intercept: round(intercept),
    weights: weights.map(round),
    closeAt,
    floorAt: FLOOR,
    minCoverage,
    fittedOn: `${benchmark.name}: the top 5 candidates of ${benchmark.queries.length} posts (${pairs.length} pairs); minCoverage on their best hits with and without their fact-checks in the index`,
    features: "claimCoverage, queryCoverage, isBest, relative BM25F",
  };
  fs.writeFileSync(CALIBRATION_FILE, JSON.stringify(calibration, null, 2) + "\n");
  const close = scored.filter((s) => s.p >= closeAt);
  console.log(
    `calibrate-matching: close at ${closeAt} (${close.length} training pairs, ${((100 * close.filter((s) => s.y).length) / close.length).toFixed(1)} % right), floor ${FLOOR} and shared coverage ≥ ${minCoverage}; wrote ${path.relative(process.cwd(), CALIBRATION_FILE)}`,
  );
}

main(benchmark).catch((error) => {
  console.error(error);
  process.exit(1);
});
