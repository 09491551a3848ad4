// Test-only helpers shared by the *.db.test.ts integration tests.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../db";
import type { Role } from "../roles";
import type { Actor } from "./actor";
import { seedEssay, ESSAY_SLUG } from "./documents/seed";
import { DEFAULT_WORKSPACE_ID } from "../workspaces/visibility";
import { workspaceRoleOf } from "../workspaces/workspace-roles";

export const essayText = fs.readFileSync(path.join(__dirname, "../../prisma/seed/essay.txt"), "utf8");
export { ESSAY_SLUG };

let serial = 0;
/** Creates a user directly (no password hashing: these tests are about permissions). */
export async function makeActor(db: Db, name: string, role: Role = "ANNOTATOR"): Promise<Actor> {
  serial += 1;
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${serial}@example.org`;
  const user = await db.user.create({ data: { name, email, role } });
  // As the migration and sign-up do: everyone is in the Default workspace, in the role the account role maps to.
  const workspaceRole = workspaceRoleOf(role);
  await db.membership.create({ data: { workspaceId: DEFAULT_WORKSPACE_ID, userId: user.id, role: workspaceRole } });
  return { id: user.id, name, email, role, workspaces: { [DEFAULT_WORKSPACE_ID]: workspaceRole }, onlyWorkspace: null };
}

/** Seeds the essay and returns the selection offsets of a phrase in it. */
export async function seededEssay(
  db: Db,
): Promise<{ offsetsOf: (phrase: string) => { start: number; end: number; exact: string } }> {
  await seedEssay(db, essayText);
  const doc = await db.document.findUniqueOrThrow({ where: { slug: ESSAY_SLUG } });
  return {
    offsetsOf(phrase) {
      const start = doc.plainText.indexOf(phrase);
      if (start < 0) throw new Error(`not in the essay: ${phrase}`);
      return { start, end: start + phrase.length, exact: phrase };
    },
  };
}
