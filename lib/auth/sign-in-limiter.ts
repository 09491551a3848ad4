import type { Db } from "../db";
import { dbLimiter, type DbLimiter, type LimitCheck } from "../limits/db-limiter";

/** Sign-in attempts allowed per IP address a minute, by default. */
export const SIGN_IN_ATTEMPTS = 10;
/** Failed attempts for one email from one address before that pair is locked. */
export const FAILURES_BEFORE_LOCK = 10;
/** The first lock lasts this long; each further failure doubles it, up to MAX_LOCK_SECONDS. */
export const FIRST_LOCK_SECONDS = 60;
export const MAX_LOCK_SECONDS = 60 * 60;
/**
 * Failed attempts for one account, from every address together, in an hour, before each
 * further attempt on it must wait ACCOUNT_SLOWDOWN_SECONDS: guessing from many addresses is
 * slowed to a crawl, and the owner, who needs one attempt, is never locked out.
 */
export const ACCOUNT_FAILURES_BEFORE_SLOWDOWN = 20;
export const ACCOUNT_SLOWDOWN_SECONDS = 10;
/** An email longer than any valid one is cut before it becomes a key (it is hashed anyway). */
const MAX_EMAIL_KEY = 254;

export type { LimitCheck };

/**
 * Sign-in limits, counted in the database so every instance shares them:
 * - every attempt counts against the caller's IP address (`perIp` a minute);
 * - failures count against the (email, IP) pair: after FAILURES_BEFORE_LOCK of them the pair is
 *   locked for a minute, and each further failure doubles the lock (up to an hour). A success
 *   clears the pair. The lock is keyed on the pair, so someone guessing a victim's password
 *   from another address cannot lock the victim out.
 */
export class SignInLimiter {
  private readonly perIp: DbLimiter;
  private readonly failures: DbLimiter;
  private readonly locks: DbLimiter;
  private readonly accountFailures: DbLimiter;
  private readonly accountPace: DbLimiter;

  constructor(db: Db, limits: { perIp?: number } = {}) {
    this.perIp = dbLimiter(db, { prefix: "signin-ip", points: limits.perIp ?? SIGN_IN_ATTEMPTS, durationSeconds: 60 });
    // Failures are remembered for a day, so the back-off keeps growing across windows.
    this.failures = dbLimiter(db, { prefix: "signin-fail", points: 1_000_000, durationSeconds: 24 * 60 * 60 });
    this.locks = dbLimiter(db, { prefix: "signin-lock", points: 1, durationSeconds: 1 });
    this.accountFailures = dbLimiter(db, {
      prefix: "signin-account-fail",
      points: 1_000_000,
      durationSeconds: 60 * 60,
    });
    this.accountPace = dbLimiter(db, {
      prefix: "signin-account-pace",
      points: 1,
      durationSeconds: ACCOUNT_SLOWDOWN_SECONDS,
    });
  }

  private account(email: string): string {
    return email.trim().toLowerCase().slice(0, MAX_EMAIL_KEY);
  }

  private pair(email: string, ip: string): string {
    return `${email.trim().toLowerCase().slice(0, MAX_EMAIL_KEY)}\n${ip}`;
  }

  /** Before checking a password: counts the attempt for the IP and refuses a locked pair. */
  async attempt(email: string, ip: string): Promise<LimitCheck> {
    const lock = await this.locks.used(this.pair(email, ip));
    if (lock.points > 0) return { ok: false, retryAfterSeconds: lock.retryAfterSeconds };
    // An account many addresses have failed on takes one attempt per ACCOUNT_SLOWDOWN_SECONDS.
    const failures = await this.accountFailures.used(this.account(email));
    if (failures.points >= ACCOUNT_FAILURES_BEFORE_SLOWDOWN) {
      const pace = await this.accountPace.consume(this.account(email));
      if (!pace.ok) return pace;
    }
    return this.perIp.consume(ip);
  }

  /** After a wrong password: counts the failure and locks the pair once there are too many. */
  async failed(email: string, ip: string): Promise<void> {
    const key = this.pair(email, ip);
    await this.accountFailures.consume(this.account(email));
    await this.failures.consume(key);
    const { points } = await this.failures.used(key);
    if (points >= FAILURES_BEFORE_LOCK) {
      await this.locks.block(key, lockSecondsAfter(points));
    }
  }

  /** After a right password: the pair starts afresh. */
  async succeeded(email: string, ip: string): Promise<void> {
    await this.failures.reset(this.pair(email, ip));
  }
}

/** How long a pair stays locked after its n-th failure (n ≥ FAILURES_BEFORE_LOCK). */
export function lockSecondsAfter(failures: number): number {
  const doublings = Math.max(0, failures - FAILURES_BEFORE_LOCK);
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** Math.min(doublings, 16));
}

/** The message a person sees when they are over the limit. */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  return `Too many sign-in attempts. Wait ${retryAfterSeconds} seconds and try again.`;
}
