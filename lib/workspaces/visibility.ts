/** Private: members only. Open: anyone may read its documents and reports, as before workspaces. */
export const VISIBILITIES = ["PRIVATE", "OPEN"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export function visibilityLabel(visibility: Visibility): string {
  return { PRIVATE: "Private", OPEN: "Open" }[visibility];
}

/** The workspace every install starts with (made by the migration, open). */
export const DEFAULT_WORKSPACE_ID = "default";
