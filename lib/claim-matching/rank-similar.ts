import { cleanPost } from "./clean-post";
import { idf } from "./fielded-bm25";
import { matchLanguage } from "./languages";
import { matchTerms } from "./normalise-terms";
import { strengthOf, type MatchEvidence } from "./match-strength";
import type { MatchStrength } from "./strength-labels";

/** Anything that can be matched: a reviewed claim or an imported fact-check. */
export interface Checkable {
  /** Unique across kinds, e.g. "claim:<id>" or "factcheck:<id>". */
  key: string;
  /** The statement that was checked (ClaimReview.claimReviewed, or a claim's words). */
  text: string;
  /** The fact-check's headline (ClaimReview.name), when it has one. */
  headline?: string | null;
  /** Where the claim appeared, in words (ClaimReview.itemReviewed.appearance), when given. */
  appearance?: string | null;
  /** ClaimReview.inLanguage, when given; otherwise the language is guessed from the words. */
  language?: string | null;
}

export interface Match {
  key: string;
  /** 0..1: how likely this is the same claim (calibrated, lib/claim-matching/match-strength.ts). */
  score: number;
  strength: MatchStrength;
}

export interface QueryOptions {
  limit?: number;
  /** Keys never listed (the claim itself, what it is already linked to). */
  exclude?: ReadonlySet<string>;
  /** "possible" (the default) leaves out what is below the relevance floor; "any" keeps the top results regardless. */
  minStrength?: "possible" | "close" | "any";
}

/** One term of one entry, with its stored BM25F weight (lib/claim-matching/fielded-bm25.ts). */
export interface Posting {
  term: string;
  entry: number;
  weight: number;
}

/**
 * Where the index lives: the database (lib/data/fact-checks/match-index.ts), or memory for
 * evaluation and tests (memory-match-store.ts). The ranking below is the same over both.
 */
export interface MatchStore {
  /** How many entries the index holds. */
  entryCount(): Promise<number>;
  /** How many entries hold each of these terms (absent: none). */
  termEntries(terms: readonly string[]): Promise<Map<string, number>>;
  /** Each term's `perTerm` postings of the highest weight. */
  bestPostings(terms: readonly string[], perTerm: number): Promise<Posting[]>;
  /** The postings of these terms in these entries. */
  postingsIn(entries: readonly number[], terms: readonly string[]): Promise<Posting[]>;
  /** These entries' keys and claim-field terms. */
  entries(ids: readonly number[]): Promise<{ id: number; key: string; claimTerms: string[] }[]>;
}

/** Queries are cut to this many characters: a longer text is a document, not a claim. */
export const MAX_QUERY_CHARS = 2000;

/**
 * Each query term brings in at most this many candidates, those it weighs most in: a common
 * term cannot flood the candidates, and a noisy query still has every term's best entries.
 */
const CANDIDATES_PER_TERM = 300;
/** The best candidates by those first weights get their full score (every query term counted). */
const SCORED_IN_FULL = 300;
/** Only the best candidates get the finer evidence a strength is judged on. */
const EVIDENCE_FOR = 50;

/** The terms of a query: cleaned of what posts carry, cut to MAX_QUERY_CHARS, analysed in its language. */
export function queryTerms(text: string): string[] {
  const cleaned = cleanPost(text.slice(0, MAX_QUERY_CHARS));
  return [...new Set(matchTerms(cleaned, matchLanguage(cleaned)))];
}

const byScore = (a: [number, number], b: [number, number]) => b[1] - a[1] || a[0] - b[0];

/**
 * Every candidate with its evidence, best first by BM25F (for `queryMatches`, and for
 * calibrating strengths). Term at a time: each term's best postings bring in candidates; the
 * best of those are then scored over every query term; the best of those get their coverage.
 */
export async function rankCandidates(
  store: MatchStore,
  text: string,
  exclude: ReadonlySet<string> = new Set(),
): Promise<{ key: string; evidence: MatchEvidence }[]> {
  const allTerms = queryTerms(text);
  if (allTerms.length === 0) return [];
  const [entries, frequencies] = await Promise.all([store.entryCount(), store.termEntries(allTerms)]);
  const terms = allTerms.filter((t) => frequencies.has(t));
  if (terms.length === 0) return [];
  const termIdf = new Map(terms.map((t) => [t, idf(entries, frequencies.get(t)!)]));

  const firstScores = new Map<number, number>();
  for (const p of await store.bestPostings(terms, CANDIDATES_PER_TERM))
    firstScores.set(p.entry, (firstScores.get(p.entry) ?? 0) + termIdf.get(p.term)! * p.weight);
  const shortlist = [...firstScores].sort(byScore).slice(0, SCORED_IN_FULL + exclude.size);
  const fullScores = new Map<number, number>(shortlist.map(([entry]) => [entry, 0]));
  for (const p of await store.postingsIn([...fullScores.keys()], terms))
    fullScores.set(p.entry, fullScores.get(p.entry)! + termIdf.get(p.term)! * p.weight);

  const ranked = [...fullScores].sort(byScore);
  const described = new Map(
    (await store.entries(ranked.slice(0, EVIDENCE_FOR + exclude.size).map(([id]) => id))).map((e) => [e.id, e]),
  );
  const best = ranked
    .flatMap(([id, bm25]) => {
      const entry = described.get(id);
      return entry && !exclude.has(entry.key) ? [{ entry, bm25 }] : [];
    })
    .slice(0, EVIDENCE_FOR);

  // Words no entry has count too (as rare as the rarest known word, not rarer: in a desk's
  // first dozen claims most words are unknown): a query sharing one word of ten shared a tenth.
  const claimTermFrequencies = await store.termEntries([
    ...new Set(best.flatMap(({ entry }) => entry.claimTerms.filter((t) => !frequencies.has(t)))),
  ]);
  const weight = (t: string) => idf(entries, Math.max(1, frequencies.get(t) ?? claimTermFrequencies.get(t) ?? 0));
  const queryWeight = allTerms.reduce((sum, t) => sum + weight(t), 0);
  const inQuery = new Set(terms);
  return best.map(({ entry, bm25 }) => {
    let shared = 0;
    let claim = 0;
    for (const term of entry.claimTerms) {
      claim += weight(term);
      if (inQuery.has(term)) shared += weight(term);
    }
    const evidence: MatchEvidence = {
      bm25,
      claimCoverage: claim === 0 ? 0 : shared / claim,
      queryCoverage: queryWeight === 0 ? 0 : shared / queryWeight,
    };
    return { key: entry.key, evidence };
  });
}

/**
 * The entries most likely to check the same claim as the query, best first, each with a
 * calibrated score and a strength; those below the floor are left out unless `minStrength` is "any".
 */
export async function queryMatches(store: MatchStore, text: string, options: QueryOptions = {}): Promise<Match[]> {
  const { limit = 5, minStrength = "possible" } = options;
  const ranked = await rankCandidates(store, text, options.exclude);
  const results: Match[] = [];
  const best = ranked[0]?.evidence.bm25 ?? 1;
  for (const [i, { key, evidence }] of ranked.slice(0, Math.max(limit, 1) * 4).entries()) {
    const { score, strength } = strengthOf(evidence, { relative: evidence.bm25 / best, isBest: i === 0 });
    if (minStrength !== "any" && strength === "weak") continue;
    if (minStrength === "close" && strength !== "close") continue;
    results.push({ key, score, strength });
    if (results.length === limit) break;
  }
  return results;
}
