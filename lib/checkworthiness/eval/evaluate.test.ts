import { describe, expect, it } from "vitest";
import { evaluateClaimMatching } from "../../claim-matching/eval/evaluate";
import { evaluateCheckworthiness } from "./evaluate";
import { readLabelledSentences } from "./labelled-set";
import { readParaphraseSet } from "../../claim-matching/eval/paraphrase-set";

// The targets of the suggestions issue, held on the labelled sets in the repo: a change to the
// cues or the ranker that falls below them fails here, before it reaches people.
describe("the labelled sets", () => {
  it("hold at least 300 sentences in five domains, split into two halves, and 100 paraphrase triples", () => {
    const sentences = readLabelledSentences();
    expect(sentences.length).toBeGreaterThanOrEqual(300);
    expect(new Set(sentences.map((s) => s.domain))).toEqual(
      new Set(["politics", "science", "technology", "health", "economics"]),
    );
    const report = sentences.filter((s) => s.half === "report").length;
    expect(report / sentences.length).toBeGreaterThan(0.35);
    expect(report / sentences.length).toBeLessThan(0.65);
    expect(readParaphraseSet().length).toBeGreaterThanOrEqual(100);
  });

  it("check-worthiness: F1 ≥ 0.75 on the held-out half at the default threshold", () => {
    const { atDefault, sentences } = evaluateCheckworthiness("report");
    expect(sentences).toBeGreaterThan(100);
    expect(atDefault.f1).toBeGreaterThanOrEqual(0.75);
  });

  it("claim matching: recall@5 ≥ 0.9 on the paraphrases", () => {
    const { recallAt5, mapAt5 } = evaluateClaimMatching();
    expect(recallAt5).toBeGreaterThanOrEqual(0.9);
    expect(mapAt5).toBeGreaterThan(0.7);
  });
});
