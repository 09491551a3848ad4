/** Private: members only. Open: anyone may read its documents and reports, as before workspaces. */
export const VISIBILITIES = ["PRIVATE", "OPEN"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** The workspace every install starts with (made by the migration, open). */
export const DEFAULT_WORKSPACE_ID = "default";
