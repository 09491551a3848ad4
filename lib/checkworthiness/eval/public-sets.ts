import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readLabelledTsv } from "../training/training-sets";

/** A labelled item of an evaluation set: one sentence, or one post read as the app reads a document. */
export interface EvaluationItem {
  text: string;
  positive: boolean;
}

export interface EvaluationSet {
  name: string;
  genre: string;
  licence: string;
  items: EvaluationItem[];
}

/**
 * ClaimBuster's test split (702 debate sentences, half check-worthy), committed: CC BY 4.0.
 * Nothing in training reads it (scripts/train.ts reads lib/checkworthiness/training only).
 */
export function claimBusterTest(): EvaluationSet {
  const file = path.join(process.cwd(), "lib/checkworthiness/eval/public/claimbuster-test.tsv");
  return {
    name: "ClaimBuster test split (US presidential debates)",
    genre: "political speech",
    licence: "CC BY 4.0",
    items: readLabelledTsv(file, "ClaimBuster test").map(({ text, positive }) => ({ text, positive })),
  };
}

/**
 * The same sentences at the natural share of check-worthy ones (about a quarter, as in the
 * debates): every negative and every third positive, by position, so the draw is fixed.
 */
export function atNaturalShare(set: EvaluationSet): EvaluationSet {
  let positives = 0;
  return {
    ...set,
    name: `${set.name}, at the natural share`,
    items: set.items.filter((item) => !item.positive || positives++ % 3 === 0),
  };
}

/**
 * CLEF 2020 CheckThat! Task 1 (English tweets about COVID-19, check-worthiness), from
 * github.com/sshaar/clef2020-factchecking-task1: "free for general research use", so read from
 * the evaluation data folder (scripts/eval/eval-data.ts), never committed. `split`: "test-gold" (held out),
 * "dev_v2" (held out) or "training_v2" (the desk-learning labels).
 */
export function clefTweets(split: "test-gold" | "training_v2" | "dev_v2", dataFolder: string): EvaluationSet | null {
  const file = path.join(dataFolder, "clef2020-checkthat-task1", `${split}.tsv`);
  if (!existsSync(file)) return null;
  const [header, ...lines] = readFileSync(file, "utf8")
    .split(/\r?\n/)
    .filter((line) => line.trim());
  const columns = header!.split("\t");
  const textColumn = columns.indexOf("tweet_text");
  const labelColumn = columns.findIndex((c) => c === "check_worthiness" || c === "claim_worthiness");
  if (textColumn < 0 || labelColumn < 0) throw new Error(`${file}: no tweet_text or check_worthiness column`);
  return {
    name: `CLEF 2020 CheckThat! Task 1 tweets, ${split}`,
    genre: "social posts",
    licence: "free for general research use (not redistributed)",
    items: lines.map((line) => {
      const cells = line.split("\t");
      return { text: cells[textColumn]!, positive: cells[labelColumn]!.trim() === "1" };
    }),
  };
}
