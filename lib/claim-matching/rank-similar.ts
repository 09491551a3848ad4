import MiniSearch from "minisearch";
import { matchTerms } from "./normalise-terms";

/** Anything that can be matched: a reviewed claim or an imported fact-check. */
export interface Checkable {
  /** Unique across kinds, e.g. "claim:<id>" or "factcheck:<id>". */
  key: string;
  text: string;
}

export interface Match {
  key: string;
  /** 0..1: how much of the two claims' weighted terms they share (see similarity below). */
  score: number;
}

/** How many index hits are re-ranked by the finer similarity below. */
const CANDIDATES = 50;
/**
 * A term in more than this share of the claims (and more than MIN_COMMON of them) finds
 * candidates no better than chance and makes every query score most of the index: it is left
 * out of the candidate search (the re-ranking still counts it), the usual dynamic stop word.
 */
const COMMON_SHARE = 0.05;
const MIN_COMMON = 500;
/** The candidate search uses at most this many of the query's rarest terms (query pruning); the re-ranking uses all. */
const SEARCH_TERMS = 5;

/**
 * An in-process full-text index of checkable claims (MiniSearch, BM25), with a re-ranking
 * step. Terms go through matchTerms on both sides. Adding a key again replaces its entry.
 */
/** What the index holds per claim: its terms, already normalised by matchTerms, space-separated. */
interface IndexedClaim {
  key: string;
  terms: string;
}

export class SimilarClaimIndex {
  // The terms are computed once per claim (in upsert) and handed over ready: the index only splits them.
  private readonly search = new MiniSearch<IndexedClaim>({
    idField: "key",
    fields: ["terms"],
    tokenize: (terms) => terms.split(" "),
    processTerm: (term) => term,
  });

  /** Each entry's distinct terms (for re-ranking without re-reading its text) and each term's document frequency. */
  private readonly termsOf = new Map<string, Set<string>>();
  private readonly documentFrequency = new Map<string, number>();

  get size(): number {
    return this.search.documentCount;
  }

  upsert(items: Checkable[]): void {
    for (const item of items) {
      this.remove([item.key]);
      const list = matchTerms(item.text);
      const terms = new Set(list);
      if (terms.size === 0) continue;
      this.search.add({ key: item.key, terms: list.join(" ") });
      this.termsOf.set(item.key, terms);
      for (const term of terms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
  }

  remove(keys: string[]): void {
    for (const key of keys) {
      const terms = this.termsOf.get(key);
      if (!terms) continue;
      this.search.discard(key);
      this.termsOf.delete(key);
      for (const term of terms) {
        const left = (this.documentFrequency.get(term) ?? 1) - 1;
        if (left > 0) this.documentFrequency.set(term, left);
        else this.documentFrequency.delete(term);
      }
    }
  }

  /**
   * The claims most similar to the query, best first: BM25 finds candidates sharing any term;
   * they are re-ranked by BM25 normalised to the best candidate, blended with the share of
   * the query's distinct terms and numbers each candidate contains (numbers decide between
   * "rose 12%" and "fell 12 points" less than words, but a claim with other numbers is rarely
   * the same claim).
   */
  query(text: string, limit = 5, exclude: ReadonlySet<string> = new Set()): Match[] {
    const queryTerms = new Set(matchTerms(text));
    if (queryTerms.size === 0) return [];
    const common = Math.max(MIN_COMMON, this.size * COMMON_SHARE);
    const frequency = (t: string) => this.documentFrequency.get(t) ?? 0;
    const rare = [...queryTerms]
      .filter((t) => frequency(t) > 0 && frequency(t) <= common)
      .sort((a, b) => frequency(a) - frequency(b));
    // Terms are already normalised, so the search is given them as a query object, not re-tokenised text.
    const searchTerms = rare.length > 0 ? rare.slice(0, SEARCH_TERMS) : [...queryTerms];
    const hits = this.search
      .search({ combineWith: "OR", queries: searchTerms }, { tokenize: (t) => [t], processTerm: (t) => t })
      .filter((h) => !exclude.has(String(h.id)))
      .slice(0, CANDIDATES);
    if (hits.length === 0) return [];
    const top = hits[0]!.score;
    const queryNumbers = [...queryTerms].filter((t) => /^\d/.test(t));
    const ranked = hits.map((hit) => {
      const terms = this.termsOf.get(String(hit.id)) ?? new Set<string>();
      const shared = [...queryTerms].filter((t) => terms.has(t)).length;
      const coverage = (2 * shared) / (queryTerms.size + terms.size);
      const numbersShared =
        queryNumbers.length === 0 ? 1 : queryNumbers.filter((n) => terms.has(n)).length / queryNumbers.length;
      const score = 0.5 * (hit.score / top) + 0.35 * coverage + 0.15 * numbersShared;
      return { key: String(hit.id), score: Math.round(score * 1000) / 1000 };
    });
    return ranked.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
