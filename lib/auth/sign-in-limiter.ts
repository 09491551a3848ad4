import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "../db";

/** Sign-in attempts allowed per email and per IP address in each window. */
export const SIGN_IN_ATTEMPTS = 10;
export const SIGN_IN_WINDOW_SECONDS = 60;

export type LimitCheck = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Counts sign-in attempts per email and per IP in the database (rate-limiter-flexible's
 * Prisma store), so every app instance sharing the database shares the counts.
 */
export class SignInLimiter {
  private readonly perEmail: RateLimiterPrisma;
  private readonly perIp: RateLimiterPrisma;

  constructor(db: Db, limits: { perEmail?: number; perIp?: number } = {}) {
    const make = (keyPrefix: string, points: number) =>
      new RateLimiterPrisma({ storeClient: db, points, duration: SIGN_IN_WINDOW_SECONDS, keyPrefix, clearExpiredByTimeout: false });
    this.perEmail = make("signin-email", limits.perEmail ?? SIGN_IN_ATTEMPTS);
    this.perIp = make("signin-ip", limits.perIp ?? SIGN_IN_ATTEMPTS);
  }

  /** Counts one attempt for this email and this IP; refuses once either is over the limit. */
  async attempt(email: string, ip: string): Promise<LimitCheck> {
    const checks: [RateLimiterPrisma, string][] = [
      [this.perEmail, email.trim().toLowerCase()],
      [this.perIp, ip],
    ];
    let wait = 0;
    for (const [limiter, key] of checks) {
      try {
        await limiter.consume(key);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        wait = Math.max(wait, Math.ceil(error.msBeforeNext / 1000));
      }
    }
    return wait > 0 ? { ok: false, retryAfterSeconds: Math.max(1, wait) } : { ok: true };
  }
}

/** The message a person sees when they are over the limit. */
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  return `Too many sign-in attempts. Wait ${retryAfterSeconds} seconds and try again.`;
}
