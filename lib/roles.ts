/** Account roles, from least to most trusted. */
export const ROLES = ["ANNOTATOR", "REVIEWER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Reviewers and admins may work the review queue and publish verdicts. */
export function canReview(role: Role): boolean {
  return role === "REVIEWER" || role === "ADMIN";
}

export function isAdmin(role: Role): boolean {
  return role === "ADMIN";
}

export function roleLabel(role: Role): string {
  return { ANNOTATOR: "Annotator", REVIEWER: "Reviewer", ADMIN: "Admin" }[role];
}
