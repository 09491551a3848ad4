import { directOf, type Db } from "../db";
import { sql } from "../db/raw-statement";
import { hashedLimitKey } from "./db-limiter";

/**
 * Counts one request against `key` in a fixed window, in one SQL statement (an upsert that
 * starts a new window when the old one has expired, and returns the count), in the same table
 * and row format as rate-limiter-flexible's Prisma store, whose sweep also clears these rows.
 * The library's store takes two compiled statements (1.8 ms a request here); the per-user
 * write limit runs on every write, so it uses this, as a direct statement (lib/db/direct.ts;
 * 0.35 ms through Prisma). Correct under concurrency on both databases: the upsert is one
 * atomic statement.
 */
export async function countInWindow(
  db: Db,
  prefix: string,
  key: string,
  windowSeconds: number,
): Promise<{ points: number; retryAfterSeconds: number }> {
  const id = `${prefix}:${hashedLimitKey(key)}`;
  const now = new Date();
  const fresh = new Date(now.getTime() + windowSeconds * 1000);
  const rows = await directOf(db).write<{ points: number | bigint; expire: Date | string }>(sql`
    INSERT INTO "RateLimiterFlexible" ("key", "points", "expire") VALUES (${id}, 1, ${fresh})
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "RateLimiterFlexible"."expire" <= ${now} THEN 1 ELSE "RateLimiterFlexible"."points" + 1 END,
      "expire" = CASE WHEN "RateLimiterFlexible"."expire" <= ${now} THEN ${fresh} ELSE "RateLimiterFlexible"."expire" END
    RETURNING "points", "expire"`);
  const row = rows[0]!;
  const expire = new Date(row.expire).getTime();
  return { points: Number(row.points), retryAfterSeconds: Math.max(1, Math.ceil((expire - now.getTime()) / 1000)) };
}
