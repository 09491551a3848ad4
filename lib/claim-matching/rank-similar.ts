import { cleanPost } from "./clean-post";
import {
  DEFAULT_RANKING,
  MATCH_FIELDS,
  idf,
  termScore,
  type RankingSettings,
  type TermStatistics,
} from "./fielded-bm25";
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
  exclude?: ReadonlySet<string>;
  /** "possible" (the default) leaves out what is below the relevance floor; "any" keeps the top results regardless. */
  minStrength?: "possible" | "close" | "any";
  settings?: RankingSettings;
}

/** Queries are cut to this many characters: a longer text is a document, not a claim. */
export const MAX_QUERY_CHARS = 2000;

/**
 * A term in more than this share of the entries (and more than MIN_COMMON of them) does not
 * bring in candidates on its own when the query has other terms; it still counts in the score.
 */
const COMMON_SHARE = 0.01;
const MIN_COMMON = 500;
/** Only the best candidates get the finer evidence a strength is judged on. */
const EVIDENCE_FOR = 50;

interface Entry {
  /** Each term's frequency per field (MATCH_FIELDS order). */
  frequencies: Map<string, number[]>;
  lengths: number[];
  claimTerms: Set<string>;
}

/**
 * An in-process index of checkable claims ranked by BM25F over the reviewed claim, the
 * headline and the appearance, each field analysed in the entry's language. Adding a key again
 * replaces its entry.
 */
export class SimilarClaimIndex {
  private readonly entriesByKey = new Map<string, Entry>();
  private readonly postings = new Map<string, Set<string>>();
  private readonly totalLengths = MATCH_FIELDS.map(() => 0);

  get size(): number {
    return this.entriesByKey.size;
  }

  get averageLengths(): number[] {
    return this.totalLengths.map((total) => total / Math.max(1, this.entriesByKey.size));
  }

  documentFrequency(term: string): number {
    return this.postings.get(term)?.size ?? 0;
  }

  upsert(items: Checkable[]): void {
    for (const item of items) {
      this.remove([item.key]);
      const language = matchLanguage(`${item.text} ${item.headline ?? ""}`, item.language);
      const fieldTerms = [item.text, item.headline ?? "", item.appearance ?? ""].map((text) =>
        matchTerms(text, language),
      );
      if (fieldTerms[0]!.length === 0 && fieldTerms[1]!.length === 0) continue;
      const frequencies = new Map<string, number[]>();
      fieldTerms.forEach((terms, f) => {
        for (const term of terms) {
          const counts = frequencies.get(term) ?? MATCH_FIELDS.map(() => 0);
          counts[f]!++;
          frequencies.set(term, counts);
        }
      });
      const lengths = fieldTerms.map((terms) => terms.length);
      lengths.forEach((length, f) => (this.totalLengths[f]! += length));
      this.entriesByKey.set(item.key, { frequencies, lengths, claimTerms: new Set(fieldTerms[0]) });
      for (const term of frequencies.keys()) {
        const keys = this.postings.get(term) ?? new Set<string>();
        keys.add(item.key);
        this.postings.set(term, keys);
      }
    }
  }

  remove(keys: string[]): void {
    for (const key of keys) {
      const entry = this.entriesByKey.get(key);
      if (!entry) continue;
      this.entriesByKey.delete(key);
      entry.lengths.forEach((length, f) => (this.totalLengths[f]! -= length));
      for (const term of entry.frequencies.keys()) {
        const posting = this.postings.get(term);
        posting?.delete(key);
        if (posting?.size === 0) this.postings.delete(term);
      }
    }
  }

  /**
   * The entries most likely to check the same claim as the query, best first. The query is
   * cleaned of what posts carry (lib/claim-matching/clean-post.ts) and cut to MAX_QUERY_CHARS;
   * every term finds candidates (a very common one only when it is all the query has); BM25F
   * ranks them; each gets a calibrated score and a strength, and those below the floor are
   * left out unless `minStrength` is "any".
   */
  query(text: string, options: QueryOptions = {}): Match[] {
    const { limit = 5, minStrength = "possible" } = options;
    const results: Match[] = [];
    const ranked = this.rank(text, options);
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

  /** Every candidate with its evidence, best first by BM25F (for query, and for calibrating strengths). */
  rank(text: string, options: QueryOptions = {}): { key: string; evidence: MatchEvidence }[] {
    const { exclude = new Set<string>(), settings = DEFAULT_RANKING } = options;
    const cleaned = cleanPost(text.slice(0, MAX_QUERY_CHARS));
    const language = matchLanguage(cleaned);
    const allTerms = [...new Set(matchTerms(cleaned, language))];
    const queryTerms = allTerms.filter((t) => this.documentFrequency(t) > 0);
    if (queryTerms.length === 0) return [];
    // The collection's statistics once per query, not once per term and entry.
    const stats: TermStatistics = {
      entries: this.size,
      averageLengths: this.averageLengths,
      documentFrequency: (term) => this.documentFrequency(term),
    };
    const common = Math.max(MIN_COMMON, this.size * COMMON_SHARE);
    const finds = (t: string) => this.documentFrequency(t) <= common;
    const anyFinder = queryTerms.some(finds);
    // Term at a time: each term's entries gain its BM25F share; a common term only adds to
    // entries a rarer one found (unless common terms are all the query has).
    const bm25 = new Map<string, number>();
    for (const term of [...queryTerms].sort((a, b) => Number(finds(b)) - Number(finds(a)))) {
      const frequency = this.documentFrequency(term);
      const add = (key: string, entry: Entry, tfs: readonly number[]) =>
        bm25.set(key, (bm25.get(key) ?? 0) + termScore(stats, settings, frequency, tfs, entry.lengths));
      if (finds(term) || !anyFinder) {
        for (const key of this.postings.get(term) ?? []) {
          if (exclude.has(key)) continue;
          const entry = this.entriesByKey.get(key)!;
          add(key, entry, entry.frequencies.get(term)!);
        }
        continue;
      }
      // A common term only adds to the candidates found: look it up in them, not them in its
      // (much longer) list of entries.
      for (const key of [...bm25.keys()]) {
        const entry = this.entriesByKey.get(key)!;
        const tfs = entry.frequencies.get(term);
        if (tfs) add(key, entry, tfs);
      }
    }
    const best = [...bm25].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, EVIDENCE_FOR);
    // Words no entry has count too (as rare as the rarest known word, not rarer: in a desk's
    // first dozen claims most words are unknown): a query sharing one word of ten shared a tenth.
    const weight = (t: string) => idf(this.size, Math.max(1, this.documentFrequency(t)));
    const queryWeight = allTerms.reduce((sum, t) => sum + weight(t), 0);
    return best.map(([key, score]) => {
      const entry = this.entriesByKey.get(key)!;
      let shared = 0;
      let claim = 0;
      for (const term of entry.claimTerms) {
        claim += weight(term);
        if (queryTerms.includes(term)) shared += weight(term);
      }
      const evidence: MatchEvidence = {
        bm25: score,
        claimCoverage: claim === 0 ? 0 : shared / claim,
        queryCoverage: queryWeight === 0 ? 0 : shared / queryWeight,
      };
      return { key, evidence };
    });
  }
}
