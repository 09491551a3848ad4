// `npm run eval` (also part of `npm run bench`): the quality of suggestions and claim matching
// on the labelled sets in the repo. Prints numbers and records them in bench/results.json.
import fs from "node:fs";
import { recordResults } from "../bench/results-file";
import path from "node:path";
import { scoreSentences } from "../lib/checkworthiness/score";
import { evaluateCheckworthinessSets } from "./eval/checkworthiness";
import { evaluateClaimMatching } from "../lib/claim-matching/eval/evaluate";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

const checkworthiness = evaluateCheckworthinessSets();

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
    ...checkworthiness.rows,
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
  { checkworthiness: checkworthiness.details, essayRanks, matching },
);
