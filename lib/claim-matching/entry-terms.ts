import { DEFAULT_RANKING, MATCH_FIELDS, postingWeight, type RankingSettings } from "./fielded-bm25";
import { matchLanguage } from "./languages";
import { matchTerms } from "./normalise-terms";
import type { Checkable } from "./rank-similar";

/** An entry as the index keeps it: each term's frequency per field, and each field's length. */
export interface EntryTerms {
  /** Each distinct term's frequency per field (MATCH_FIELDS order); claim-field terms first. */
  frequencies: Map<string, number[]>;
  lengths: number[];
  /** The distinct terms of the claim field (what a match's coverage is judged on). */
  claimTerms: string[];
}

/**
 * Analyses a checkable item field by field in its language (ClaimReview's `inLanguage`, else
 * the one its words are in). Null when neither the claim nor the headline has a term to match.
 */
export function entryTerms(item: Checkable): EntryTerms | null {
  const language = matchLanguage(`${item.text} ${item.headline ?? ""}`, item.language);
  const fieldTerms = [item.text, item.headline ?? "", item.appearance ?? ""].map((text) => matchTerms(text, language));
  if (fieldTerms[0]!.length === 0 && fieldTerms[1]!.length === 0) return null;
  const frequencies = new Map<string, number[]>();
  fieldTerms.forEach((terms, f) => {
    for (const term of terms) {
      const counts = frequencies.get(term) ?? MATCH_FIELDS.map(() => 0);
      counts[f]!++;
      frequencies.set(term, counts);
    }
  });
  return { frequencies, lengths: fieldTerms.map((terms) => terms.length), claimTerms: [...new Set(fieldTerms[0])] };
}

/** The entry's postings: each distinct term with its BM25F weight against the collection's average field lengths. */
export function entryPostings(
  entry: EntryTerms,
  averageLengths: readonly number[],
  settings: RankingSettings = DEFAULT_RANKING,
): [term: string, weight: number][] {
  return [...entry.frequencies].map(([term, tfs]) => [
    term,
    postingWeight(settings, tfs, entry.lengths, averageLengths),
  ]);
}
