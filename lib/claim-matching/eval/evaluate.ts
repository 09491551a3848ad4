import { readLabelledSentences } from "../../checkworthiness/eval/labelled-set";
import { MemoryMatchStore } from "../memory-match-store";
import { queryMatches, type Checkable, type MatchStore } from "../rank-similar";
import type { MatchStrength } from "../strength-labels";
import { readParaphraseSet } from "./paraphrase-set";
import { PlainBm25 } from "./plain-bm25";
import { rankingMetrics, type RankingMetrics } from "./ranking-metrics";
import type { RetrievalBenchmark } from "./clef-claim-retrieval";

/** How often each strength the app shows is right. */
export type StrengthPrecision = Record<Exclude<MatchStrength, "weak">, { shown: number; right: number }>;

export interface MatchingEvaluation {
  name: string;
  queries: number;
  corpus: number;
  /** The app's ranking, without the floor (minStrength "any"): the ranking itself. */
  app: RankingMetrics;
  /** Plain BM25 over the same texts (lib/claim-matching/eval/plain-bm25.ts). */
  baseline: RankingMetrics;
  /** The app's results as people see them (with the floor), by strength. */
  strengths: StrengthPrecision;
  /** Queries for which nothing above the floor is shown. */
  nothingShown: number;
}

interface Case {
  text: string;
  relevant: ReadonlySet<string>;
}

/**
 * The app's ranking over `store` (the entries indexed in memory unless a database's index is
 * given, holding the same entries), beside plain BM25 over the same texts.
 */
async function evaluate(
  name: string,
  entries: Checkable[],
  cases: Case[],
  store: MatchStore = new MemoryMatchStore(entries),
): Promise<MatchingEvaluation> {
  const baseline = new PlainBm25(entries.map((e) => ({ key: e.key, text: `${e.text} ${e.headline ?? ""}` })));
  const strengths: StrengthPrecision = { close: { shown: 0, right: 0 }, possible: { shown: 0, right: 0 } };
  let nothingShown = 0;
  for (const { text, relevant } of cases) {
    const shown = await queryMatches(store, text);
    if (shown.length === 0) nothingShown++;
    for (const match of shown) {
      if (match.strength === "weak") continue;
      strengths[match.strength].shown++;
      if (relevant.has(match.key)) strengths[match.strength].right++;
    }
  }
  const ranked = [];
  for (const { text, relevant } of cases)
    ranked.push({ ranked: (await queryMatches(store, text, { minStrength: "any" })).map((m) => m.key), relevant });
  return {
    name,
    queries: cases.length,
    corpus: entries.length,
    app: rankingMetrics(ranked),
    baseline: rankingMetrics(cases.map(({ text, relevant }) => ({ ranked: baseline.search(text), relevant }))),
    strengths,
    nothingShown,
  };
}

/**
 * Finding a claim from its paraphrase. The corpus is every original, every distractor (same
 * words, other meaning) and every sentence of the check-worthiness set; each paraphrase is a
 * query with one relevant answer, its original.
 */
export function evaluateClaimMatching(): Promise<MatchingEvaluation> {
  const triples = readParaphraseSet();
  const texts = [
    ...new Set([
      ...triples.flatMap((t) => [t.original, t.distractor]),
      ...readLabelledSentences().map((s) => s.sentence),
    ]),
  ];
  return evaluate(
    "Claimmark's paraphrase triples",
    texts.map((text, i) => ({ key: String(i), text })),
    triples.map((t) => ({ text: t.paraphrase, relevant: new Set([String(texts.indexOf(t.original))]) })),
  );
}

/** The benchmark's fact-checks as the index reads them: each with its claim and its headline. */
export const retrievalEntries = (benchmark: RetrievalBenchmark): Checkable[] =>
  benchmark.verifiedClaims.map((c) => ({ key: c.id, text: c.claim, headline: c.title }));

/** Real posts against real fact-checks, ranked in memory or over a database's index of `retrievalEntries`. */
export function evaluateClaimRetrieval(benchmark: RetrievalBenchmark, store?: MatchStore): Promise<MatchingEvaluation> {
  return evaluate(
    benchmark.name,
    retrievalEntries(benchmark),
    benchmark.queries.map((q) => ({ text: q.text, relevant: q.relevant })),
    store,
  );
}
