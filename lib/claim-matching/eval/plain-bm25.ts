import { eng as englishStopWords } from "stopword";

const STOP_WORDS = new Set(englishStopWords);
const tokens = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => !STOP_WORDS.has(t));

/**
 * The baseline every matching figure is printed beside: plain Okapi BM25 (k1 1.2, b 0.75) over
 * each document's words (lower-cased, English stop words out, nothing else), written here so
 * the comparison does not depend on the app's own code.
 */
export class PlainBm25 {
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly lengths: number[] = [];
  private readonly keys: string[] = [];

  constructor(documents: readonly { key: string; text: string }[]) {
    documents.forEach(({ key, text }, i) => {
      const words = tokens(text);
      this.keys.push(key);
      this.lengths.push(words.length);
      for (const word of words) {
        const list = this.postings.get(word) ?? new Map<number, number>();
        list.set(i, (list.get(i) ?? 0) + 1);
        this.postings.set(word, list);
      }
    });
  }

  search(query: string, limit = 5): string[] {
    const n = this.keys.length;
    const average = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);
    const scores = new Map<number, number>();
    for (const word of new Set(tokens(query))) {
      const list = this.postings.get(word);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.size + 0.5) / (list.size + 0.5));
      for (const [doc, tf] of list) {
        const norm = tf + 1.2 * (1 - 0.75 + (0.75 * this.lengths[doc]!) / average);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * 2.2) / norm);
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([doc]) => this.keys[doc]!);
  }
}
