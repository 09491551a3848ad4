// Run by `npm start` before the server: applies PostgreSQL migrations (SQLite's were just
// applied by `prisma migrate deploy`), seeds the essay (once) and settles the session secret.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { getDb } from "../lib/db";
import { databaseTargetFrom } from "../lib/db/database-url";
import { migratePostgres } from "../lib/db/postgres-migrator";
import { getOrCreateSetting } from "../lib/data/settings";
import { seedEssay } from "../lib/data/seed";

async function main() {
  const target = databaseTargetFrom(process.env);
  if (target.kind === "postgres") {
    await migratePostgres(target.url, path.join(__dirname, "..", "prisma", "postgres", "migrations"), console.log);
  }
  const db = await getDb();
  const essay = fs.readFileSync(path.join(__dirname, "..", "prisma", "seed", "essay.txt"), "utf8");
  const added = await seedEssay(db, essay);
  console.log(added ? "seeded the essay open-vs-closed-source-ai" : "essay already seeded");
  if (!process.env.NEXTAUTH_SECRET) {
    // Kept in the database (data/app.db on SQLite) so that sessions survive restarts and
    // every instance on a shared PostgreSQL database signs sessions with the same key.
    const secret = await getOrCreateSetting(db, "nextauth_secret", () => randomBytes(32).toString("base64url"));
    const out = process.env.CLAIMMARK_SECRET_FILE;
    if (out) fs.writeFileSync(out, secret, { mode: 0o600 });
  }
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
