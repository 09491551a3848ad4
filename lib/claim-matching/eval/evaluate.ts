import { readLabelledSentences } from "../../checkworthiness/eval/labelled-set";
import { SimilarClaimIndex } from "../rank-similar";
import { readParaphraseSet } from "./paraphrase-set";

export interface MatchingEvaluation {
  queries: number;
  corpus: number;
  recallAt5: number;
  mapAt5: number;
}

/**
 * Recall@5 and MAP@5 of finding a claim from its paraphrase. The corpus is every original,
 * every distractor (same words, other meaning) and every sentence of the check-worthiness set;
 * each paraphrase is a query with one relevant answer, its original.
 */
export function evaluateClaimMatching(): MatchingEvaluation {
  const triples = readParaphraseSet();
  const texts = [
    ...new Set([
      ...triples.flatMap((t) => [t.original, t.distractor]),
      ...readLabelledSentences().map((s) => s.sentence),
    ]),
  ];
  const index = new SimilarClaimIndex();
  index.upsert(texts.map((text, i) => ({ key: String(i), text })));
  let found = 0;
  let precisionSum = 0;
  for (const triple of triples) {
    const wanted = String(texts.indexOf(triple.original));
    const rank = index.query(triple.paraphrase, 5).findIndex((m) => m.key === wanted);
    if (rank >= 0) {
      found++;
      // One relevant item: average precision is 1 / its rank.
      precisionSum += 1 / (rank + 1);
    }
  }
  return {
    queries: triples.length,
    corpus: texts.length,
    recallAt5: found / triples.length,
    mapAt5: precisionSum / triples.length,
  };
}
