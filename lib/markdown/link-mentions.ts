import { findMentions, type Mentionable } from "../mentions";

/**
 * Turns "@Name" mentions of known users into Markdown links to their pages, before the
 * Markdown is rendered (and sanitised). Mentions inside code spans are left as typed.
 */
export function linkMentions(markdown: string, users: readonly Mentionable[]): string {
  if (!markdown.includes("@")) return markdown;
  const matches = findMentions(markdown, users);
  let out = "";
  let at = 0;
  for (const m of matches) {
    const before = markdown.slice(0, m.start);
    const insideCode = (before.match(/`/g)?.length ?? 0) % 2 === 1;
    if (insideCode || before.endsWith("[")) continue;
    out += markdown.slice(at, m.start) + `[${m.label}](/users/${encodeURIComponent(m.userId)})`;
    at = m.end;
  }
  return out + markdown.slice(at);
}
