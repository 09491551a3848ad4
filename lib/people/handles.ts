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

/** The first of base, base-2, base-3, … nobody has (and that `allowed` accepts). */
export function uniqueHandle(
  base: string,
  taken: ReadonlySet<string>,
  allowed: (handle: string) => boolean = () => true,
): string {
  return firstFreeNumbered(base, (handle) => !taken.has(handle) && allowed(handle));
}

/** Handles nobody may take: they read as addressing everyone, or as the instance itself. */
export const RESERVED_HANDLES: ReadonlySet<string> = new Set([
  "admin",
  "admins",
  "administrator",
  "all",
  "everyone",
  "here",
  "channel",
  "claimmark",
  "moderator",
  "reviewers",
  "system",
  "support",
]);

/** How long a handle given up stays out of others' reach: long enough for mentions of it to go stale. */
export const RELEASED_HANDLE_DAYS = 30;

/**
 * What a handle looks like at a glance, so two that read alike ("ana-lima" and "ana-1ima",
 * "marn" and "mam", "j0e" and "joe") are told apart before anyone is mentioned by mistake:
 * hyphens dropped, and each group of look-alike letters and digits folded to one.
 */
export function handleSkeleton(handle: string): string {
  return handle
    .toLowerCase()
    .replace(/-/g, "")
    .replace(/rn/g, "m")
    .replace(/vv/g, "w")
    .replace(/cl/g, "d")
    .replace(/[1il|]/g, "l")
    .replace(/0/g, "o")
    .replace(/5/g, "s")
    .replace(/8/g, "b");
}

/** True when a handle may not be taken: reserved, or reading like a reserved one. */
const RESERVED_LOOKS = new Set([...RESERVED_HANDLES].map(handleSkeleton));
export const isReservedHandle = (handle: string) => RESERVED_LOOKS.has(handleSkeleton(handle));
