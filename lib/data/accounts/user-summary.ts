import { isRole, type Role } from "../../roles";

/** An account as the admin pages and the sign-up answer show it (never its password hash). */
export interface UserSummary {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: string;
  disabled: boolean;
}

/** The summary of a user row. */
export const toUserSummary = (u: {
  id: string;
  name: string;
  email: string;
  role: string;
  createdAt: Date;
  disabledAt?: Date | null;
}): UserSummary => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: isRole(u.role) ? u.role : "ANNOTATOR",
  createdAt: u.createdAt.toISOString(),
  disabled: Boolean(u.disabledAt),
});
