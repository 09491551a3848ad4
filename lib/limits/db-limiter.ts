import { createHash } from "node:crypto";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "../db";

/** A rate-limit key as stored: hashed, so no email or address is kept in clear, and of fixed length. */
export function hashedLimitKey(raw: string): string {
  return createHash("sha256").update(raw).digest("base64url").slice(0, 32);
}

export type LimitCheck = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * A counter of `points` per `durationSeconds` window, kept in the database
 * (rate-limiter-flexible's Prisma store) so every instance on one database counts the same
 * requests. Keys are hashed before they are stored: an email or an address never sits in the
 * table in clear, and a 10 KB "email" makes a 32-character key like any other. Expired rows
 * are deleted as they are met and by the store's own sweep (every 5 minutes).
 */
export class DbLimiter {
  private readonly store: RateLimiterPrisma;

  constructor(
    db: Db,
    readonly options: { prefix: string; points: number; durationSeconds: number },
  ) {
    this.store = new RateLimiterPrisma({
      storeClient: db,
      points: options.points,
      duration: options.durationSeconds,
      keyPrefix: options.prefix,
      clearExpiredByTimeout: true,
    });
  }

  private key(raw: string): string {
    return hashedLimitKey(raw);
  }

  /** Counts one request for `key`; refuses once the window's points are used up. */
  async consume(key: string, points = 1): Promise<LimitCheck> {
    try {
      await this.store.consume(this.key(key), points);
      return { ok: true };
    } catch (error) {
      if (error instanceof RateLimiterRes)
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
      throw error;
    }
  }

  /** Points used in the current window (0 when none). */
  async used(key: string): Promise<{ points: number; retryAfterSeconds: number }> {
    const res = await this.store.get(this.key(key));
    return res
      ? { points: res.consumedPoints, retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) }
      : { points: 0, retryAfterSeconds: 0 };
  }

  /** Refuses `key` for the next `seconds`, whatever its count. */
  async block(key: string, seconds: number): Promise<void> {
    await this.store.block(this.key(key), seconds);
  }

  /** Forgets `key` (e.g. failures after a successful sign-in). */
  async reset(key: string): Promise<void> {
    await this.store.delete(this.key(key));
  }
}

const perDb = new WeakMap<Db, Map<string, DbLimiter>>();

/** One limiter per database and prefix in this process (limiters hold a sweep timer each). */
export function dbLimiter(db: Db, options: { prefix: string; points: number; durationSeconds: number }): DbLimiter {
  let limiters = perDb.get(db);
  if (!limiters) perDb.set(db, (limiters = new Map()));
  const id = `${options.prefix}:${options.points}:${options.durationSeconds}`;
  let limiter = limiters.get(id);
  if (!limiter) limiters.set(id, (limiter = new DbLimiter(db, options)));
  return limiter;
}
