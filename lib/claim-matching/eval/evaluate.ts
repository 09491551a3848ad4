import { readLabelledSentences } from "../../checkworthiness/eval/labelled-set";
import { SimilarClaimIndex, type Checkable } from "../rank-similar";
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

function evaluate(name: string, entries: Checkable[], cases: Case[]): MatchingEvaluation {
  const index = new SimilarClaimIndex();
  index.upsert(entries);
  const baseline = new PlainBm25(entries.map((e) => ({ key: e.key, text: `${e.text} ${e.headline ?? ""}` })));
  const strengths: StrengthPrecision = { close: { shown: 0, right: 0 }, possible: { shown: 0, right: 0 } };
  let nothingShown = 0;
  for (const { text, relevant } of cases) {
    const shown = index.query(text);
    if (shown.length === 0) nothingShown++;
    for (const match of shown) {
      if (match.strength === "weak") continue;
      strengths[match.strength].shown++;
      if (relevant.has(match.key)) strengths[match.strength].right++;
    }
  }
  return {
    name,
    queries: cases.length,
    corpus: entries.length,
    app: rankingMetrics(
      cases.map(({ text, relevant }) => ({
        ranked: index.query(text, { minStrength: "any" }).map((m) => m.key),
        relevant,
      })),
    ),
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
export function evaluateClaimMatching(): MatchingEvaluation {
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

/** Real posts against real fact-checks (each indexed with its claim and its headline). */
export function evaluateClaimRetrieval(benchmark: RetrievalBenchmark): MatchingEvaluation {
  return evaluate(
    benchmark.name,
    benchmark.verifiedClaims.map((c) => ({ key: c.id, text: c.claim, headline: c.title })),
    benchmark.queries.map((q) => ({ text: q.text, relevant: q.relevant })),
  );
}
