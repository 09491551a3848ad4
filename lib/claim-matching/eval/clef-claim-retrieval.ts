import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** A published fact-check of the benchmark: the claim it reviewed and its headline. */
export interface VerifiedClaim {
  id: string;
  claim: string;
  title: string;
}

/** A post to be matched, with the ids of the fact-checks that check it. */
export interface RetrievalQuery {
  id: string;
  text: string;
  relevant: Set<string>;
}

export interface RetrievalBenchmark {
  name: string;
  licence: string;
  verifiedClaims: VerifiedClaim[];
  queries: RetrievalQuery[];
}

const rows = (file: string) =>
  readFileSync(file, "utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split("\t"));

/**
 * CLEF 2020 CheckThat! Task 2 (github.com/sshaar/clef2020-factchecking-task2, data v3): tweets
 * to be matched against 10,375 Snopes fact-checks. "Free for general research use", so read
 * from the evaluation data folder (scripts/eval/eval-data.ts; README.md says how to fill it), never committed. `split`:
 * "train" (for choosing settings and calibrating strengths) or "dev" (held out: reported).
 */
export function clefClaimRetrieval(split: "train" | "dev", dataFolder: string): RetrievalBenchmark | null {
  const folder = path.join(dataFolder, "clef2020-checkthat-task2");
  const claimsFile = path.join(folder, "verified_claims.docs.tsv");
  if (!existsSync(claimsFile) || !existsSync(path.join(folder, split, "tweets.queries.tsv"))) return null;
  const verifiedClaims = rows(claimsFile)
    .filter(([id, claim]) => /^\d+$/.test(id ?? "") && claim)
    .map(([id, claim, title]) => ({ id: id!, claim: claim!, title: title ?? "" }));
  const relevant = new Map<string, Set<string>>();
  for (const line of readFileSync(path.join(folder, split, "tweet-vclaim-pairs.qrels"), "utf8").split(/\r?\n/)) {
    const [query, , claim, label] = line.trim().split(/\s+/);
    if (!query || !claim || label !== "1") continue;
    relevant.set(query, (relevant.get(query) ?? new Set()).add(claim));
  }
  const queries = rows(path.join(folder, split, "tweets.queries.tsv"))
    .filter(([id]) => relevant.has(id!))
    .map(([id, ...text]) => ({
      id: id!,
      text: text.join(" ").replace(/^"|"$/g, "").replace(/""/g, '"'),
      relevant: relevant.get(id!)!,
    }));
  return {
    name: `CLEF 2020 CheckThat! Task 2 (tweets → Snopes fact-checks), ${split} split`,
    licence: "free for general research use (not redistributed)",
    verifiedClaims,
    queries,
  };
}
