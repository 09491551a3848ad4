/** Account roles, from least to most trusted. */
export const ROLES = ["ANNOTATOR", "REVIEWER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/**
 * What a caller may do where they act. Outside a workspace it is their account role (ADMIN: a
 * site administrator). Inside one (lib/data/workspaces/scope.ts) it is their membership's,
 * named by what it allows: Admin "ADMIN", Editor "REVIEWER", Checker "ANNOTATOR", Viewer
 * "VIEWER", and "READER" for someone who reads an open workspace without belonging to it.
 */
export type AccessRole = Role | "VIEWER" | "READER";

/** Reviewers and admins may work the review queue and publish verdicts. */
export function canReview(role: AccessRole): boolean {
  return role === "REVIEWER" || role === "ADMIN";
}

export function isAdmin(role: AccessRole): boolean {
  return role === "ADMIN";
}

/** Flagging, verification notes and suggestions' labels: Checkers and up. */
export function canCheck(role: AccessRole): boolean {
  return role === "ANNOTATOR" || canReview(role);
}

/** Replies in discussions: every member, Viewers too. */
export function canDiscuss(role: AccessRole): boolean {
  return role !== "READER";
}

export function roleLabel(role: Role): string {
  return { ANNOTATOR: "Annotator", REVIEWER: "Reviewer", ADMIN: "Admin" }[role];
}
