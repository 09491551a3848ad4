/** At most this many words of a query are searched for: more narrow nothing and cost a condition each. */
export const MAX_SEARCH_WORDS = 8;
/** The trigram index finds words of three characters or more; shorter ones are matched by a scan of what it found. */
export const INDEXED_WORD_LENGTH = 3;

/**
 * The words of a search, lower-cased, without quotes or the signs a search box does not
 * understand, each once, longest first (the most selective reaches the index first).
 */
export function searchWords(query: string): string[] {
  const words = query
    .toLocaleLowerCase()
    .split(/[\s"'“”‘’«»()[\]{}*^:]+/u)
    .map((w) => w.replace(/^[-+]+|[-+.,;!?]+$/g, ""))
    .filter(Boolean);
  return [...new Set(words)].sort((a, b) => [...b].length - [...a].length).slice(0, MAX_SEARCH_WORDS);
}

/** An FTS5 query matching every word as a phrase ("a" AND "b"), or null when no word is long enough for the index. */
export function ftsMatchExpression(words: readonly string[]): string | null {
  const indexed = words.filter((w) => [...w].length >= INDEXED_WORD_LENGTH);
  return indexed.length ? indexed.map((w) => `"${w.replace(/"/g, '""')}"`).join(" AND ") : null;
}

/** A LIKE pattern for a word anywhere, its wildcards escaped (ESCAPE '\'). */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * The part of `text` around the first word found, about `width` characters cut at spaces, in
 * pieces marking each found word: a page shows them as highlights without rendering any HTML.
 */
export function snippetOf(text: string, words: readonly string[], width = 220): SnippetPart[] {
  const lower = text.toLocaleLowerCase();
  const first = Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0), Number.MAX_SAFE_INTEGER);
  let start = first === Number.MAX_SAFE_INTEGER ? 0 : Math.max(0, first - Math.floor(width / 3));
  if (start > 0) start = Math.max(start, text.lastIndexOf(" ", start) + 1);
  let end = Math.min(text.length, start + width);
  if (end < text.length && text.indexOf(" ", end) > 0 && text.indexOf(" ", end) - end < 30)
    end = text.indexOf(" ", end);
  const piece = text.slice(start, end).replace(/\s+/g, " ");
  const pattern = words.length
    ? new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "giu")
    : null;
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: "…", match: false });
  for (const [i, chunk] of (pattern ? piece.split(pattern) : [piece]).entries())
    if (chunk) parts.push({ text: chunk, match: i % 2 === 1 });
  if (end < text.length) parts.push({ text: "…", match: false });
  return parts;
}
