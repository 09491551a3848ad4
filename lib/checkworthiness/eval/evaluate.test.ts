import { describe, expect, it } from "vitest";
import { evaluateClaimMatching } from "../../claim-matching/eval/evaluate";
import { evaluateSet, repoSet } from "./evaluate";
import { atNaturalShare, claimBusterTest } from "./public-sets";
import { readLabelledSentences } from "./labelled-set";
import { readParaphraseSet } from "../../claim-matching/eval/paraphrase-set";

// The targets of the suggestions issues, held on the labelled sets in the repo and on the public
// held-out debate sentences (never trained on: scripts/train.ts reads lib/checkworthiness/training
// only). A change to the features, the training or the ranker that falls below them fails here.
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

  it("check-worthiness: F1 ≥ 0.75 on the repo's held-out half at the default threshold", () => {
    const { model, items } = evaluateSet(repoSet("report"));
    expect(items).toBeGreaterThan(100);
    expect(model.atDefault.f1).toBeGreaterThanOrEqual(0.75);
  });

  it("check-worthiness on public debate sentences nobody here wrote: F1 ≥ 0.80 and AP ≥ 0.90, F1 ≥ 0.70 at a quarter check-worthy, far above marking everything", () => {
    const balanced = evaluateSet(claimBusterTest());
    expect(balanced.items).toBe(702);
    expect(balanced.model.atDefault.f1).toBeGreaterThanOrEqual(0.8);
    expect(balanced.model.averagePrecision).toBeGreaterThanOrEqual(0.9);
    expect(balanced.model.atDefault.f1).toBeGreaterThan(balanced.baselines.everyItem.atDefault.f1 + 0.1);
    const natural = evaluateSet(atNaturalShare(claimBusterTest()));
    expect(natural.checkWorthy / natural.items).toBeCloseTo(0.25, 1);
    expect(natural.model.atDefault.f1).toBeGreaterThanOrEqual(0.7);
  });

  it("claim matching: recall@5 ≥ 0.95 on the paraphrases, above plain BM25, and a close match is right", async () => {
    const { app, baseline, strengths } = await evaluateClaimMatching();
    expect(app.recallAt5).toBeGreaterThanOrEqual(0.95);
    expect(app.mapAt5).toBeGreaterThan(baseline.mapAt5);
    expect(strengths.close.right / strengths.close.shown).toBeGreaterThanOrEqual(0.9);
  });
});
