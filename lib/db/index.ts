import { createDb, tuneSqlite, type Db } from "./client";
import { databaseTargetFrom } from "./database-url";

export type { Db, Tx } from "./client";

const cache = globalThis as unknown as { claimmarkDb?: Promise<Db> };

/**
 * The one Prisma client of this process, opened on first use from DATABASE_URL /
 * SQLITE_PATH. Cached on globalThis so dev-mode hot reloads do not open a new pool each time.
 */
export function getDb(): Promise<Db> {
  cache.claimmarkDb ??= (async () => {
    const target = databaseTargetFrom(process.env);
    const db = createDb(target);
    if (target.kind === "sqlite") await tuneSqlite(db);
    return db;
  })();
  return cache.claimmarkDb;
}
