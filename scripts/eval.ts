// `npm run eval` (also part of `npm run bench`): the quality of suggestions and claim matching
// on the labelled sets in the repo. Prints numbers and records them in bench/results.json.
import fs from "node:fs";
import { recordResults } from "../bench/results-file";
import path from "node:path";
import { scoreSentences } from "../lib/checkworthiness/score";
import { evaluateCheckworthinessSets } from "./eval/checkworthiness";
import { evaluateMatchingSets } from "./eval/claim-matching";

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

async function main() {
  console.log("\nClaim matching:");
  const matching = await evaluateMatchingSets();
  recordResults("eval", [...checkworthiness.rows, ...matching.rows], {
    checkworthiness: checkworthiness.details,
    essayRanks,
    matching: matching.details,
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
