import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * Applies prisma/postgres/migrations to a PostgreSQL database.
 *
 * Why not `prisma migrate deploy`: Prisma 6.19's WebAssembly schema engine, reached through
 * @prisma/adapter-pg, cannot read PostgreSQL's `name` column type and fails on every migrate
 * command (prisma/orm issue 27403, open). This runner does what deploy does for us: apply
 * each pending migration.sql in order, in its own transaction, and record it in Prisma's
 * own `_prisma_migrations` table (same columns and checksum), so `prisma migrate status` or
 * a later fixed `migrate deploy` see the same history. A session-level advisory lock makes
 * several instances starting at once apply each migration exactly once.
 */
export async function migratePostgres(
  url: string,
  migrationsDir: string,
  log: (line: string) => void = () => {},
): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock(72707369)"); // any fixed number shared by all instances
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const done = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const known = new Map(done.rows.map((r) => [r.migration_name, r]));
    const names = fs
      .readdirSync(migrationsDir)
      .filter((n) => fs.statSync(path.join(migrationsDir, n)).isDirectory())
      .sort();
    for (const name of names) {
      const sql = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const previous = known.get(name);
      if (previous?.finished_at) {
        if (previous.checksum !== checksum) log(`warning: migration ${name} was changed after it was applied`);
        continue;
      }
      if (previous)
        throw new Error(
          `Migration ${name} started earlier but never finished. Fix the database by hand, then delete its row in _prisma_migrations.`,
        );
      await client.query("BEGIN");
      try {
        await client.query(sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), checksum, name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${name} failed and was rolled back: ${(error as Error).message}`);
      }
      applied.push(name);
      log(`applied migration ${name}`);
    }
    if (applied.length === 0) log("no pending PostgreSQL migrations");
  } finally {
    await client.query("SELECT pg_advisory_unlock(72707369)").catch(() => undefined);
    await client.end();
  }
  return applied;
}
