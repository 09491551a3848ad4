import { createDb, tuneSqlite, type Db } from "./client";
import type { DatabaseTarget } from "./database-url";

export type { Db, Tx } from "./client";
export { directOf } from "./client";

const cache = globalThis as unknown as { claimmarkDb?: Promise<Db> };

/**
 * The one Prisma client of this process, opened on first use for the target the caller read
 * from its configuration (the app: server/db.ts; scripts: their own environment). Cached on
 * globalThis so dev-mode hot reloads do not open a new pool each time.
 */
export function openDb(target: DatabaseTarget, options: { poolSize?: number } = {}): Promise<Db> {
  cache.claimmarkDb ??= (async () => {
    const db = createDb(target, options);
    if (target.kind === "sqlite") await tuneSqlite(db);
    return db;
  })();
  return cache.claimmarkDb;
}
