import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/** A claim, the same claim in other words, and a distractor that shares words but not meaning. */
export interface ParaphraseTriple {
  original: string;
  paraphrase: string;
  distractor: string;
}

/** Reads every `pairs-*.tsv` in this folder: original, paraphrase, distractor per line. */
export function readParaphraseSet(folder = path.join(process.cwd(), "lib/claim-matching/eval")): ParaphraseTriple[] {
  const rows: ParaphraseTriple[] = [];
  for (const file of readdirSync(folder)
    .filter((f) => /^pairs-.+\.tsv$/.test(f))
    .sort()) {
    for (const line of readFileSync(path.join(folder, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const [original, paraphrase, distractor] = line.split("\t");
      if (!original || !paraphrase || !distractor) throw new Error(`${file}: cannot read the line "${line}"`);
      rows.push({ original, paraphrase, distractor });
    }
  }
  return rows;
}
