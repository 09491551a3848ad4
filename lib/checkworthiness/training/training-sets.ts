import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { readLabelledSentences } from "../eval/labelled-set";

/** A labelled sentence for training: its words, whether it is check-worthy, where it came from. */
export interface TrainingSentence {
  text: string;
  positive: boolean;
  source: string;
}

/** Where a training set came from and on what terms, as the model's manifest records it. */
export interface TrainingSource {
  name: string;
  licence: string;
  origin: string;
  items: number;
}

const folder = path.join(process.cwd(), "lib/checkworthiness/training");

/** Reads a `label <TAB> id <TAB> sentence` file (label 1 = check-worthy). */
export function readLabelledTsv(file: string, source: string): TrainingSentence[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const [label, , text] = line.split("\t");
      if (!text || (label !== "0" && label !== "1")) throw new Error(`${path.basename(file)}: cannot read "${line}"`);
      return { text, positive: label === "1", source };
    });
}

export const CLAIMBUSTER_TRAIN: TrainingSource = {
  name: "ClaimBuster, training split",
  licence: "CC BY 4.0",
  origin:
    "Arslan, Hassan, Li, Tremayne: A Benchmark Dataset of Check-worthy Factual Claims (ICWSM 2020), zenodo.org/record/3609356; US presidential debate sentences 1960–2016, check-worthy factual (CFS) = 1, else 0, as split by its authors in github.com/utaresearch/claimbuster-spotter data/two_class/train.json",
  items: 0,
};

export const REPO_SET_TUNE_HALF: TrainingSource = {
  name: "Claimmark's labelled sentences, tuning half",
  licence: "CC0 1.0",
  origin: "lib/checkworthiness/eval/sentences-*.tsv, the half evaluationHalf() puts in 'tune' (label C = 1)",
  items: 0,
};

/** Every sentence the base model is trained on, and the sources they came from. */
export function readTrainingSentences(): { sentences: TrainingSentence[]; sources: TrainingSource[] } {
  const claimbuster = readLabelledTsv(path.join(folder, "claimbuster-train.tsv"), CLAIMBUSTER_TRAIN.name);
  const repo = readLabelledSentences()
    .filter((row) => row.half === "tune")
    .map((row) => ({ text: row.sentence, positive: row.label === "C", source: REPO_SET_TUNE_HALF.name }));
  return {
    sentences: [...claimbuster, ...repo],
    sources: [
      { ...CLAIMBUSTER_TRAIN, items: claimbuster.length },
      { ...REPO_SET_TUNE_HALF, items: repo.length },
    ],
  };
}

/**
 * A short, stable fingerprint of a training sentence (SHA-256 of its whitespace-collapsed,
 * lower-cased words, first 16 hex digits): the manifest lists one per item, so anyone can
 * check a test set for overlap without the training text.
 */
export const itemHash = (text: string) =>
  createHash("sha256").update(text.toLowerCase().replace(/\s+/g, " ").trim()).digest("hex").slice(0, 16);
