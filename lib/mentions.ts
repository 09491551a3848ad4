/** A user that can be mentioned. */
export interface Mentionable {
  id: string;
  name: string;
  /** Their unique handle (lib/people/handles.ts); null for an account from before handles. */
  handle?: string | null;
}

export interface MentionMatch {
  userId: string;
  name: string;
  /** How to show it: "@Full Name" for a name, "@handle" for a handle, however it was typed. */
  label: string;
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
 * Where mentions may start: each "@" not inside an email address ("ana@example.org") and not
 * escaped ("\\@" keeps the sign as text), among the first MAX_AT_SIGNS "@" signs.
 */
function* mentionStarts(text: string): Generator<number> {
  let seen = 0;
  for (let at = text.indexOf("@"); at !== -1 && seen < MAX_AT_SIGNS; at = text.indexOf("@", at + 1)) {
    seen += 1;
    const before = at > 0 ? (text[at - 1] ?? "") : "";
    if (!before || !/[\w.+\\-]/.test(before)) yield at;
  }
}

/**
 * Finds "@Name" and "@handle" mentions of known users in a text. Names may contain spaces,
 * so each "@" is matched against the longest name or handle that follows it
 * (case-insensitive) and ends at a word boundary. Bounded: at most MAX_MENTIONS matches from
 * the first MAX_AT_SIGNS "@" signs, so a note of ten thousand "@" costs the same as one of
 * two hundred.
 */
export function findMentions(text: string, users: readonly Mentionable[]): MentionMatch[] {
  return mentionsFoundBy(text, matcher(users));
}

function mentionsFoundBy(text: string, matchAt: ReturnType<typeof matcher>): MentionMatch[] {
  const matches: MentionMatch[] = [];
  for (const at of mentionStarts(text)) {
    if (matches.length >= MAX_MENTIONS) break;
    const match = matchAt(text, at);
    if (match) matches.push(match);
  }
  return matches;
}

/** A function telling which user's name or handle follows the "@" at a position, longest first. */
function matcher(users: readonly Mentionable[]): (text: string, at: number) => MentionMatch | null {
  const byLength = users
    .flatMap((u) => [
      u.name.trim() ? { user: u, lower: u.name.toLowerCase(), label: `@${u.name}` } : null,
      u.handle ? { user: u, lower: u.handle.toLowerCase(), label: `@${u.handle}` } : null,
    ])
    .filter((candidate) => candidate !== null)
    .sort((a, b) => b.lower.length - a.lower.length);
  return (text, at) => {
    const found = byLength.find(
      ({ lower }) =>
        text.slice(at + 1, at + 1 + lower.length).toLowerCase() === lower &&
        endsWord(text.slice(at + 1 + lower.length, at + 2 + lower.length)),
    );
    return found
      ? {
          userId: found.user.id,
          name: found.user.name,
          label: found.label,
          start: at,
          end: at + 1 + found.lower.length,
        }
      : null;
  };
}

/**
 * The "@word"s that look like mentions but name nobody ("@Zed"), as typed, so a note or reply
 * is stopped before it posts a mention that reaches no one. Inside code spans, or with a
 * space or a digit-less symbol after the "@", the sign is just text.
 */
export function findUnknownMentions(text: string, users: readonly Mentionable[]): string[] {
  const matchAt = matcher(users);
  const unknown: string[] = [];
  for (const at of mentionStarts(text)) {
    if (matchAt(text, at)) continue;
    const word = /^@[\p{L}\p{N}][\p{L}\p{N}_-]*/u.exec(text.slice(at, at + 64))?.[0];
    if (!word) continue;
    const insideCode = (text.slice(0, at).match(/`/g)?.length ?? 0) % 2 === 1;
    if (!insideCode && !unknown.includes(word)) unknown.push(word);
  }
  return unknown;
}

/**
 * The text with its mentions of known users taken out, for what is printed outside the desk
 * (a report's notes): "Checked, @Ben: the 2023 figure" reads "Checked: the 2023 figure".
 * Runs until no mention is left, since one pass stops at MAX_MENTIONS.
 */
export function withoutMentions(text: string, users: readonly Mentionable[]): string {
  return mentionRemover(users)(text);
}

/**
 * withoutMentions for many texts with one list of users (a report's notes): the users' names
 * are sorted for matching once, not once a text.
 */
export function mentionRemover(users: readonly Mentionable[]): (text: string) => string {
  const matchAt = matcher(users);
  return (text) => removeMentions(text, matchAt);
}

function removeMentions(text: string, matchAt: ReturnType<typeof matcher>): string {
  let rest = text;
  for (let found = mentionsFoundBy(rest, matchAt); found.length > 0; found = mentionsFoundBy(rest, matchAt)) {
    for (const mention of [...found].reverse()) rest = rest.slice(0, mention.start) + rest.slice(mention.end);
  }
  return rest
    .replace(/[ \t]+([,.;:!?])/g, "$1")
    .replace(/([,;:])(?=[,.;:!?])/g, "")
    .replace(/[ \t]{2,}/g, " ")
    .replace(/^[ \t]*[,;:][ \t]*/gm, "")
    .replace(/^[ \t]+/gm, "");
}
