import { entryPostings, entryTerms } from "./entry-terms";
import { MATCH_FIELDS } from "./fielded-bm25";
import type { Checkable, MatchStore, Posting } from "./rank-similar";

/**
 * The match index in memory, for the evaluation and for calibrating strengths on thousands of
 * labelled posts without a database. It stores what the database index stores, computed the
 * same way (weights against the average lengths once the batch is in), so both rank alike.
 */
export class MemoryMatchStore implements MatchStore {
  private readonly described: { key: string; claimTerms: string[] }[] = [];
  /** Per term, its postings, highest weight first. */
  private readonly byTerm = new Map<string, Posting[]>();
  /** Per entry, its postings by term. */
  private readonly byEntry: Map<string, number>[] = [];

  constructor(items: readonly Checkable[]) {
    const analysed = items.flatMap((item) => {
      const terms = entryTerms(item);
      return terms ? [{ key: item.key, terms }] : [];
    });
    const averages = MATCH_FIELDS.map(
      (_, f) => analysed.reduce((sum, a) => sum + a.terms.lengths[f]!, 0) / Math.max(1, analysed.length),
    );
    for (const { key, terms } of analysed) {
      const entry = this.described.length;
      this.described.push({ key, claimTerms: terms.claimTerms });
      const weights = new Map(entryPostings(terms, averages));
      this.byEntry.push(weights);
      for (const [term, weight] of weights) {
        const list = this.byTerm.get(term) ?? [];
        list.push({ term, entry, weight });
        this.byTerm.set(term, list);
      }
    }
    for (const list of this.byTerm.values()) list.sort((a, b) => b.weight - a.weight || a.entry - b.entry);
  }

  async entryCount() {
    return this.described.length;
  }

  async termEntries(terms: readonly string[]) {
    return new Map(terms.flatMap((t) => (this.byTerm.has(t) ? [[t, this.byTerm.get(t)!.length] as const] : [])));
  }

  async bestPostings(terms: readonly string[], perTerm: number) {
    return terms.flatMap((t) => this.byTerm.get(t)?.slice(0, perTerm) ?? []);
  }

  async postingsIn(entries: readonly number[], terms: readonly string[]) {
    return entries.flatMap((entry) =>
      terms.flatMap((term) => {
        const weight = this.byEntry[entry]?.get(term);
        return weight === undefined ? [] : [{ term, entry, weight }];
      }),
    );
  }

  async entries(ids: readonly number[]) {
    return ids.flatMap((id) => (this.described[id] ? [{ id, ...this.described[id] }] : []));
  }
}
