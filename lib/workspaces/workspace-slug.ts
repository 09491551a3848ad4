import { cutAtHyphen, hyphenatedWords, SLUG_PATTERN } from "../document/slug";

/** A workspace's address: lower-case letters, digits and single hyphens (SLUG_PATTERN), 2 to 50 characters. */
export const WORKSPACE_SLUG_MAX = 50;

/** Addresses the app's own pages use under /workspaces/. */
const RESERVED = new Set(["new"]);

/** What is wrong with an address someone typed, in words; null when it is a fine one. */
export function workspaceSlugProblem(slug: string): string | null {
  if (slug.length < 2) return "An address needs at least 2 characters.";
  if (slug.length > WORKSPACE_SLUG_MAX) return `An address can be at most ${WORKSPACE_SLUG_MAX} characters.`;
  if (!SLUG_PATTERN.test(slug))
    return "Use lower-case letters, digits and single hyphens (like elections-desk), starting and ending with a letter or digit.";
  if (RESERVED.has(slug)) return `"${slug}" is kept for Claimmark's own pages; choose another address.`;
  return null;
}

/**
 * The address a workspace's name suggests ("Health desk" → "health-desk"); "workspace" for a name
 * with no Latin letters.
 */
export function workspaceSlugOf(name: string): string {
  const slug = cutAtHyphen(hyphenatedWords(name), WORKSPACE_SLUG_MAX);
  return slug.length >= 2 ? slug : "workspace";
}
