/** A user that can be mentioned. */
export interface Mentionable {
  id: string;
  name: string;
}

export interface MentionMatch {
  userId: string;
  name: string;
  /** [start, end) of "@Name" in the text */
  start: number;
  end: number;
}

const BOUNDARY = /[\s.,;:!?)\]}'"]/;
const endsWord = (next: string) => next === "" || BOUNDARY.test(next);

/** Mentions one note or reply may make, and "@" signs read looking for them. */
export const MAX_MENTIONS = 20;
const MAX_AT_SIGNS = 200;

/**
 * Finds "@Name" mentions of known users in a text. Names may contain spaces, so each "@" is
 * matched against the longest user name that follows it (case-insensitive) and ends at a
 * word boundary; an "@" inside an email address is not a mention. Bounded: at most
 * MAX_MENTIONS matches from the first MAX_AT_SIGNS "@" signs, so a note of ten thousand "@"
 * costs the same as one of two hundred.
 */
export function findMentions(text: string, users: readonly Mentionable[]): MentionMatch[] {
  const byLength = users
    .filter((u) => u.name.trim())
    .map((u) => ({ ...u, lower: u.name.toLowerCase() }))
    .sort((a, b) => b.name.length - a.name.length);
  const matches: MentionMatch[] = [];
  let seen = 0;
  for (let at = text.indexOf("@"); at !== -1 && seen < MAX_AT_SIGNS && matches.length < MAX_MENTIONS; at = text.indexOf("@", at + 1)) {
    seen += 1;
    const before = at > 0 ? text[at - 1] ?? "" : "";
    if (before && /[\w.+-]/.test(before)) continue;
    const user = byLength.find(
      (u) => text.slice(at + 1, at + 1 + u.name.length).toLowerCase() === u.lower && endsWord(text.slice(at + 1 + u.name.length, at + 2 + u.name.length)),
    );
    if (user) matches.push({ userId: user.id, name: user.name, start: at, end: at + 1 + user.name.length });
  }
  return matches;
}
