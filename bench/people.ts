import { hashPassword } from "../lib/auth/password";
import type { Db } from "../lib/db/client";
import { DEFAULT_WORKSPACE_ID } from "../lib/workspaces/visibility";

/** Every benchmark account's password. */
export const BENCH_PASSWORD = "bench password 1";

/**
 * The benchmark's people: an admin, the reviewer every measurement signs in as, and 20 annotators
 * who write the claims and notes; everyone in the Default workspace in the role their account maps
 * to, as sign-up does. Returns the annotators' ids.
 */
export async function seedBenchPeople(db: Db): Promise<string[]> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await db.user.create({
    data: { id: "bench-admin", name: "Bench Admin", email: "admin@bench.test", role: "ADMIN", passwordHash },
  });
  await db.user.create({
    data: {
      id: "bench-reviewer",
      name: "Bench Reviewer",
      email: "reviewer@bench.test",
      role: "REVIEWER",
      passwordHash,
    },
  });
  const authors = Array.from({ length: 20 }, (_, i) => `bench-annotator-${i}`);
  await db.user.createMany({
    data: authors.map((id, i) => ({ id, name: `Annotator ${i}`, email: `${id}@bench.test`, passwordHash })),
  });
  await db.membership.createMany({
    data: [
      { workspaceId: DEFAULT_WORKSPACE_ID, userId: "bench-admin", role: "ADMIN" },
      { workspaceId: DEFAULT_WORKSPACE_ID, userId: "bench-reviewer", role: "EDITOR" },
      ...authors.map((userId) => ({ workspaceId: DEFAULT_WORKSPACE_ID, userId, role: "CHECKER" })),
    ],
  });
  return authors;
}
