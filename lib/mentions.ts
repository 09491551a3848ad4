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

/**
 * Finds "@Name" mentions of known users in a text. Names may contain spaces, so each "@" is
 * matched against the longest user name that follows it (case-insensitive) and ends at a
 * word boundary; an "@" inside an email address is not a mention.
 */
export function findMentions(text: string, users: readonly Mentionable[]): MentionMatch[] {
  const byLength = [...users].filter((u) => u.name.trim()).sort((a, b) => b.name.length - a.name.length);
  const matches: MentionMatch[] = [];
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    const before = at > 0 ? text[at - 1] ?? "" : "";
    if (before && /[\w.+-]/.test(before)) continue;
    const rest = text.slice(at + 1);
    const user = byLength.find(
      (u) => rest.slice(0, u.name.length).toLowerCase() === u.name.toLowerCase() && endsWord(rest.slice(u.name.length, u.name.length + 1)),
    );
    if (user) matches.push({ userId: user.id, name: user.name, start: at, end: at + 1 + user.name.length });
  }
  return matches;
}
