import { cutAtHyphen, firstFreeNumbered, hyphenatedWords } from "../document/slug";

/**
 * Handles: the short, unique name people are mentioned by ("@ana-lima"), beside their full
 * name. Lower-case ASCII letters, digits and single hyphens, so a handle reads the same on
 * every keyboard and ends at the first space or punctuation mark after it.
 */
export const HANDLE_PATTERN = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,29}$/;
const MAX_BASE = 24;

/**
 * The handle a person would expect from their name ("Ana Lima" → "ana-lima", "Zoë" → "zoe").
 * A name with no Latin letters (e.g. Chinese) falls back to the email's local part, then to
 * "user"; long names are cut at a hyphen. Folded as document slugs are (lib/document/slug.ts).
 */
export function handleBaseOf(name: string, email = ""): string {
  let base = hyphenatedWords(name);
  if (base.length < 2) base = hyphenatedWords(email.split("@")[0] ?? "");
  if (base.length < 2) base = "user";
  return cutAtHyphen(base, MAX_BASE);
}

/** The first of base, base-2, base-3, … nobody has. */
export function uniqueHandle(base: string, taken: ReadonlySet<string>): string {
  return firstFreeNumbered(base, (handle) => !taken.has(handle));
}
