import type { AccessRole } from "../roles";
import { isRole } from "../roles";
import { directOf, type Db } from "../db";
import { sql } from "../db/raw-statement";
import { isWorkspaceRole, type WorkspaceRole } from "../workspaces/workspace-roles";

/** Who is asking: the signed-in user as the database knows them now (role read fresh). */
export interface Actor {
  id: string;
  name: string;
  email: string;
  /**
   * The account's role (ADMIN: a site administrator) until the actor is placed in a workspace
   * (`inWorkspace`, lib/data/workspaces/scope.ts); then the role of their membership there.
   */
  role: AccessRole;
  /** Their memberships: workspace id → role there. */
  workspaces: Readonly<Record<string, WorkspaceRole>>;
  /** An access token's workspace: nothing outside it is read or written. Null for a session. */
  onlyWorkspace: string | null;
}

/** What a session token says about its user: the id and the session version it was issued under. */
export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

/**
 * Loads the actor for a session. A role changed by an admin takes effect on the next
 * request; a session issued before the user's session version moved on (they signed out, or
 * an admin disabled the account) is no session at all, and neither is one of a user who no
 * longer exists. One query: the user with their memberships (one row per membership).
 */
export async function loadActor(db: Db, session: SessionClaims | null): Promise<Actor | null> {
  if (!session) return null;
  // A direct statement (lib/db/direct.ts): this runs on every request, and through Prisma it
  // cost as much as the rest of a flag's reads (npm run bench, flag path).
  const rows = await directOf(db).query<{
    id: string;
    name: string;
    email: string;
    role: string;
    sessionVersion: number | bigint;
    disabledAt: unknown;
    workspaceId: string | null;
    workspaceRole: string | null;
  }>(sql`
    SELECT u."id", u."name", u."email", u."role", u."sessionVersion", u."disabledAt",
           m."workspaceId" AS "workspaceId", m."role" AS "workspaceRole"
    FROM "User" u LEFT JOIN "Membership" m ON m."userId" = u."id"
    WHERE u."id" = ${session.userId}`);
  const user = rows[0];
  if (!user || !isRole(user.role) || user.disabledAt !== null || Number(user.sessionVersion) !== session.sessionVersion)
    return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    workspaces: membershipsOf(rows),
    onlyWorkspace: null,
  };
}

/** Membership rows (workspace id and role, null when none) as a lookup. */
export function membershipsOf(
  rows: readonly { workspaceId: string | null; workspaceRole: string | null }[],
): Record<string, WorkspaceRole> {
  const memberships: Record<string, WorkspaceRole> = {};
  for (const row of rows) {
    if (row.workspaceId && isWorkspaceRole(row.workspaceRole)) memberships[row.workspaceId] = row.workspaceRole;
  }
  return memberships;
}
