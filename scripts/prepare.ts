// Run by `npm start` before the server: applies PostgreSQL migrations (SQLite's were just
// applied by `prisma migrate deploy`), seeds the essay (once), gives older accounts their
// @handle, fills the similar-claims index once (from rows older than it) and settles the
// session secret.
import fs from "node:fs";
import path from "node:path";
import { openDb } from "../lib/db";
import { databaseTargetFrom } from "../lib/db/database-url";
import { migratePostgres } from "../lib/db/postgres-migrator";
import { seedEssay } from "../lib/data/documents/seed";
import { assignMissingHandles } from "../lib/data/accounts/people";
import { settleSessionSecret } from "../lib/data/accounts/session-secret";
import { ensureMatchIndex } from "../lib/data/fact-checks/match-entries";

async function main() {
  const target = databaseTargetFrom(process.env);
  if (target.kind === "postgres") {
    await migratePostgres(target.url, path.join(__dirname, "..", "prisma", "postgres", "migrations"), console.log);
  }
  const db = await openDb(target);
  const essay = fs.readFileSync(path.join(__dirname, "..", "prisma", "seed", "essay.txt"), "utf8");
  const added = await seedEssay(db, essay);
  console.log(added ? "seeded the essay open-vs-closed-source-ai" : "essay already seeded");
  const indexed = await ensureMatchIndex(db);
  if (indexed > 0) console.log(`indexed ${indexed} fact-checks and claims for similar-claim matching`);
  const handles = await assignMissingHandles(db);
  if (handles > 0) console.log(`gave ${handles} accounts from before handles their @handle`);
  const secret = await settleSessionSecret(db, {
    fromEnvironment: process.env.NEXTAUTH_SECRET,
    // SQLite: a file beside the database. PostgreSQL: instances share the secret through
    // the environment, so there is no file to fall back on.
    file:
      target.kind === "sqlite"
        ? path.join(path.dirname(process.env.CLAIMMARK_SQLITE_PATH ?? target.path), "session-secret")
        : null,
  });
  if (!secret.ok) throw new Error(secret.message);
  const out = process.env.CLAIMMARK_SECRET_HANDOFF;
  if (out) fs.writeFileSync(out, secret.value, { mode: 0o600 });
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
