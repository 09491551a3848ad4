import { directOf, type Db } from "../db";
import { coalesce } from "../db/coalesce";
import { sql } from "../db/raw-statement";
import { hashedLimitKey } from "./db-limiter";

/**
 * Two statements for one row may be out at once: a request that overlaps one other is sent at
 * once, as before, instead of waiting a turn of the event loop for the first to come back
 * (which added ~110 ms to the annotation POST's p99 under 200 event streams;
 * npm run bench, "Where PostgreSQL's extra CPU goes"); a third waits.
 */
const STATEMENTS_OUT = 2;

export interface WindowCount {
  /** This request's place in the window: 1 for the first. */
  points: number;
  retryAfterSeconds: number;
}

/**
 * Counts one request against `key` in a fixed window, in one SQL statement (an upsert that
 * starts a new window when the old one has expired, and returns the count), in the same table
 * and row format as rate-limiter-flexible's Prisma store, whose sweep also clears these rows.
 * The library's store takes two compiled statements (1.8 ms a request here); the per-user
 * write limit runs on every write, so it uses this, as a direct statement (lib/db/direct.ts;
 * 0.35 ms through Prisma). Correct under concurrency on both databases: the upsert is one
 * atomic statement.
 *
 * Requests for one row that arrive while two of its statements are out are counted together
 * by the next one (points + n), each told its own place in the window (lib/db/coalesce.ts): the same
 * counts as a statement each, without every request of a busy person or token waiting on
 * PostgreSQL's lock of that one row (a third of a flag's server CPU on PostgreSQL under one
 * person's 50 connections; npm run bench, "Where PostgreSQL's extra CPU goes").
 */
export function countInWindow(db: Db, prefix: string, key: string, windowSeconds: number): Promise<WindowCount> {
  const id = `${prefix}:${hashedLimitKey(key)}`;
  return coalesce(
    db,
    `count:${windowSeconds}:${id}`,
    null,
    async (requests) => {
      const { points, retryAfterSeconds } = await addToWindow(db, id, requests.length, windowSeconds);
      return requests.map((_, i) => ({ points: points - requests.length + 1 + i, retryAfterSeconds }));
    },
    STATEMENTS_OUT,
  );
}

async function addToWindow(db: Db, id: string, count: number, windowSeconds: number): Promise<WindowCount> {
  const now = new Date();
  const fresh = new Date(now.getTime() + windowSeconds * 1000);
  const rows = await directOf(db).write<{ points: number | bigint; expire: Date | string }>(sql`
    INSERT INTO "RateLimiterFlexible" ("key", "points", "expire") VALUES (${id}, ${count}, ${fresh})
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "RateLimiterFlexible"."expire" <= ${now} THEN ${count} ELSE "RateLimiterFlexible"."points" + ${count} END,
      "expire" = CASE WHEN "RateLimiterFlexible"."expire" <= ${now} THEN ${fresh} ELSE "RateLimiterFlexible"."expire" END
    RETURNING "points", "expire"`);
  const row = rows[0]!;
  const expire = new Date(row.expire).getTime();
  return { points: Number(row.points), retryAfterSeconds: Math.max(1, Math.ceil((expire - now.getTime()) / 1000)) };
}
