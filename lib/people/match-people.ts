import { foldAccents } from "../text/fold";

/** Someone the "@" autocomplete can offer. */
export interface Person {
  id: string;
  name: string;
  handle: string | null;
}

/**
 * The people whose handle or name fits what was typed after "@", best first: a handle or a
 * full name that starts with it, then a later word of the name that does, then the text
 * anywhere in the name; ties alphabetical. Case and accents do not count ("@zoe" finds "Zoë"). An empty query lists
 * everyone alphabetically.
 */
export function matchPeople(query: string, people: readonly Person[], limit = 8): Person[] {
  const q = foldAccents(query.trim());
  const ranked: { person: Person; rank: number }[] = [];
  for (const person of people) {
    const name = foldAccents(person.name);
    const handle = person.handle ? foldAccents(person.handle) : "";
    let rank: number;
    if (!q || handle.startsWith(q) || name.startsWith(q)) rank = 0;
    else if (name.split(/[\s\-']+/).some((word) => word.startsWith(q))) rank = 1;
    else if (name.includes(q) || handle.includes(q)) rank = 2;
    else continue;
    ranked.push({ person, rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || a.person.name.localeCompare(b.person.name))
    .slice(0, limit)
    .map((r) => r.person);
}

/**
 * The "@word" being typed just before the caret, for the autocomplete: its start (the "@")
 * and the query after it; null when the caret is not in one. A mention can hold one space
 * ("@Ana Li") because full names have them.
 */
export function mentionAtCaret(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|[^\w.+\\-])@([\p{L}\p{N}_-]*(?: [\p{L}\p{N}_-]*)?)$/u.exec(before);
  if (!match) return null;
  const query = match[2] ?? "";
  return { start: caret - query.length - 1, query };
}
