// `npm run eval` (also part of `npm run bench`): the quality of suggestions and claim matching
// on the labelled sets in the repo. Prints numbers and records them in bench/results.json.
import fs from "node:fs";
import { recordResults } from "../bench/results-file";
import path from "node:path";
import { DEFAULT_THRESHOLD } from "../lib/checkworthiness/cue-weights";
import { scoreSentences } from "../lib/checkworthiness/score";
import { evaluateCheckworthiness } from "../lib/checkworthiness/eval/evaluate";
import { evaluateClaimMatching } from "../lib/claim-matching/eval/evaluate";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const report = evaluateCheckworthiness("report");
const tune = evaluateCheckworthiness("tune");
console.log(
  `Check-worthiness, held-out half: ${report.sentences} sentences, ${report.checkWorthy} labelled check-worthy`,
);
console.log(
  `  at the default threshold ${DEFAULT_THRESHOLD}: precision ${pct(report.atDefault.precision)}, recall ${pct(report.atDefault.recall)}, F1 ${report.atDefault.f1.toFixed(3)} (target ≥ 0.75)`,
);
console.log(`  (tuning half, for comparison: F1 ${tune.atDefault.f1.toFixed(3)})`);
console.log("  precision-recall curve (held-out):");
console.log("    threshold  precision  recall  F1");
for (const m of report.curve)
  console.log(
    `    ${m.threshold.toFixed(2).padStart(9)}  ${pct(m.precision).padStart(9)}  ${pct(m.recall).padStart(6)}  ${m.f1.toFixed(3)}`,
  );

const essay = fs.readFileSync(path.join(process.cwd(), "prisma/seed/essay.txt"), "utf8");
const ranked = scoreSentences(essay).sort((a, b) => b.score - a.score);
const rank = (words: string) => ranked.findIndex((s) => s.text.includes(words)) + 1;
const essayRanks = {
  sentences: ranked.length,
  gpl: rank("GPL-3.0 protocol"),
  nist: rank("NIST in the United States"),
  topQuarter: Math.ceil(ranked.length / 4),
};
console.log(
  `\nEssay: ${essayRanks.sentences} sentences; GPL-3.0 ranks ${essayRanks.gpl}, NIST ranks ${essayRanks.nist} (top quarter: 1–${essayRanks.topQuarter})`,
);

const matching = evaluateClaimMatching();
console.log(
  `\nClaim matching: ${matching.queries} paraphrases against ${matching.corpus} stored claims (originals, distractors, all labelled sentences)`,
);
console.log(`  recall@5 ${pct(matching.recallAt5)} (target ≥ 90%), MAP@5 ${matching.mapAt5.toFixed(3)}`);

recordResults(
  "eval",
  [
    {
      measure: "check-worthiness F1 at the default threshold, held-out half of the repo's set",
      value: Number(report.atDefault.f1.toFixed(3)),
      unit: "",
      target: "≥ 0.75",
    },
    {
      measure: "claim matching recall@5, the repo's paraphrases",
      value: Number((matching.recallAt5 * 100).toFixed(1)),
      unit: "%",
      target: "≥ 90",
    },
    {
      measure: "claim matching MAP@5, the repo's paraphrases",
      value: Number(matching.mapAt5.toFixed(3)),
      unit: "",
      target: "",
    },
  ],
  { checkworthiness: { report, tune: tune.atDefault }, essayRanks, matching },
);
