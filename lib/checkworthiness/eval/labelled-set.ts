import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { evaluationHalf } from "./split";

export type Label = "C" | "U" | "N";

export interface LabelledSentence {
  label: Label;
  domain: string;
  sentence: string;
  half: "tune" | "report";
}

/** Reads every `sentences-*.tsv` in this folder (label, domain, sentence per line). */
export function readLabelledSentences(
  folder = path.join(process.cwd(), "lib/checkworthiness/eval"),
): LabelledSentence[] {
  const rows: LabelledSentence[] = [];
  for (const file of readdirSync(folder)
    .filter((f) => /^sentences-.+\.tsv$/.test(f))
    .sort()) {
    for (const line of readFileSync(path.join(folder, file), "utf8").split("\n")) {
      if (!line.trim()) continue;
      const [label, domain, sentence] = line.split("\t");
      if (!sentence || !["C", "U", "N"].includes(label!)) throw new Error(`${file}: cannot read the line "${line}"`);
      rows.push({ label: label as Label, domain: domain!, sentence, half: evaluationHalf(sentence) });
    }
  }
  return rows;
}
