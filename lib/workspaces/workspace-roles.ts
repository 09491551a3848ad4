import type { AccessRole, Role } from "../roles";

/**
 * A member's one role in a workspace, from least to most trusted. Viewer reads and joins
 * discussions; Checker flags and writes verification notes (the account role Annotator was);
 * Editor also imports, reviews and publishes verdicts (Reviewer); Admin also manages members
 * and settings.
 */
export const WORKSPACE_ROLES = ["VIEWER", "CHECKER", "EDITOR", "ADMIN"] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

export function isWorkspaceRole(value: unknown): value is WorkspaceRole {
  return typeof value === "string" && (WORKSPACE_ROLES as readonly string[]).includes(value);
}

export function workspaceRoleLabel(role: WorkspaceRole): string {
  return { VIEWER: "Viewer", CHECKER: "Checker", EDITOR: "Editor", ADMIN: "Admin" }[role];
}

export function hasWorkspaceRole(role: WorkspaceRole | null, needed: WorkspaceRole): boolean {
  return role !== null && WORKSPACE_ROLES.indexOf(role) >= WORKSPACE_ROLES.indexOf(needed);
}

/** The roles that are at least this one ("EDITOR": Editor and Admin), for queries that filter by role. */
export function rolesFrom(lowest: WorkspaceRole): WorkspaceRole[] {
  return WORKSPACE_ROLES.slice(WORKSPACE_ROLES.indexOf(lowest));
}

/** How the account roles from before workspaces map onto the Default workspace (the migration's rule). */
export function workspaceRoleOf(role: Role): WorkspaceRole {
  return { ANNOTATOR: "CHECKER", REVIEWER: "EDITOR", ADMIN: "ADMIN" }[role] as WorkspaceRole;
}

/**
 * What a membership's role allows, in the names the checks use (lib/roles.ts): the reverse of
 * `workspaceRoleOf`, plus Viewer, and "READER" for someone who is not a member.
 */
export function accessRoleOf(role: WorkspaceRole | null): AccessRole {
  if (role === null) return "READER";
  return ({ ADMIN: "ADMIN", EDITOR: "REVIEWER", CHECKER: "ANNOTATOR", VIEWER: "VIEWER" } as const)[role];
}
