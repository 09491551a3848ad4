import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createDb, tuneSqlite, type Db } from "../lib/db/client";
import { migratePostgres } from "../lib/db/postgres-migrator";
import { createDatabase, dropDatabase } from "../lib/db/postgres-databases";

const root = path.resolve(__dirname, "..");
const out = path.join(root, "bench", "out");

export type Kind = "sqlite" | "postgres";

/**
 * A fresh, migrated database for one benchmark run: a SQLite file under bench/out, or a new
 * PostgreSQL database beside the one DATABASE_URL names (dropped by `drop`).
 */
export async function freshDatabase(
  kind: Kind,
): Promise<{ db: Db; env: Record<string, string>; drop: () => Promise<void> }> {
  if (kind === "sqlite") {
    const file = path.join(out, "bench-sqlite.db");
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    const env = { DATABASE_URL: "", SQLITE_PATH: file };
    execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: "ignore",
    });
    const db = createDb({ kind: "sqlite", path: file });
    await tuneSqlite(db);
    return { db, env, drop: async () => db.$disconnect() };
  }
  const base = new URL(process.env.DATABASE_URL!);
  const name = `claimmark_bench_${Date.now()}`;
  const url = await createDatabase(base.toString(), name);
  await migratePostgres(url, path.join(root, "prisma/postgres/migrations"));
  const db = createDb({ kind: "postgres", url });
  return {
    db,
    env: { DATABASE_URL: url },
    drop: async () => {
      await db.$disconnect();
      // A benchmark's database is large: autovacuum may be busy in it for a while.
      await dropDatabase(base.toString(), name, 60);
    },
  };
}
