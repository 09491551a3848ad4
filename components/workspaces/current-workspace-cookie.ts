/** The cookie that remembers the workspace a person last opened: the switcher's and "Add a document"'s default. */
export const CURRENT_WORKSPACE_COOKIE = "claimmark-workspace";

/** Remembers a workspace for a year (a preference, not a secret: readable by the page). */
export function rememberWorkspace(slug: string): void {
  document.cookie = `${CURRENT_WORKSPACE_COOKIE}=${encodeURIComponent(slug)}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
