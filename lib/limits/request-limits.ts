import type { Db } from "../db";
import { tooManyRequests, type Failure } from "../result";
import { dbLimiter } from "./db-limiter";
import { countInWindow } from "./write-counter";

const MINUTE = 60;
const HOUR = 60 * 60;

/**
 * Writes (claims, notes, replies, reviews, role changes) one user may make a minute. Counted in
 * the database, so the limit holds however many instances share it.
 */
export async function limitUserWrite(db: Db, userId: string, perMinute: number): Promise<Failure | null> {
  const count = await countInWindow(db, "write-user", userId, MINUTE);
  if (count.points <= perMinute) return null;
  return tooManyRequests(
    `You are making changes faster than ${perMinute} a minute. Wait ${count.retryAfterSeconds} seconds and try again.`,
    count.retryAfterSeconds,
  );
}

/** Requests one personal access token may make a minute, reads and writes alike, counted in the database. */
export async function limitTokenRequests(db: Db, tokenId: string, perMinute: number): Promise<Failure | null> {
  const count = await countInWindow(db, "token", tokenId, MINUTE);
  if (count.points <= perMinute) return null;
  return tooManyRequests(
    `This access token is making more than ${perMinute} requests a minute. Wait ${count.retryAfterSeconds} seconds.`,
    count.retryAfterSeconds,
  );
}

/** Sign-ups per IP address an hour, and for the whole instance an hour. */
export async function limitSignUp(
  db: Db,
  ip: string,
  limits: { perIp: number; global: number },
  /** Whether the attempt could create an account: only those count against the whole instance's bucket. */
  wellFormed = true,
): Promise<Failure | null> {
  const perIp = await dbLimiter(db, { prefix: "signup-ip", points: limits.perIp, durationSeconds: HOUR }).consume(ip);
  if (!perIp.ok)
    return tooManyRequests(
      `Too many accounts were created from your address. Try again in ${Math.ceil(perIp.retryAfterSeconds / 60)} minutes.`,
      perIp.retryAfterSeconds,
    );
  // Empty or broken bodies are refused anyway: counting them would let anyone use up the
  // instance's hourly sign-ups with a few dozen junk requests.
  if (!wellFormed) return null;
  const global = await dbLimiter(db, { prefix: "signup-all", points: limits.global, durationSeconds: HOUR }).consume(
    "all",
  );
  if (!global.ok)
    return tooManyRequests(
      `Claimmark is taking no more new accounts this hour. Try again in ${Math.ceil(global.retryAfterSeconds / 60)} minutes.`,
      global.retryAfterSeconds,
    );
  return null;
}

/**
 * A signed-out visitor's expensive reads, per IP address a minute: one bucket per kind
 * (`prefix`), refused with 429 and the wait in words. Signed-in people are not limited here.
 */
async function limitVisitor(
  db: Db,
  prefix: string,
  ip: string,
  perMinute: number,
  refusal: (waitSeconds: number) => string,
): Promise<Failure | null> {
  const check = await dbLimiter(db, { prefix, points: perMinute, durationSeconds: MINUTE }).consume(ip);
  return check.ok ? null : tooManyRequests(refusal(check.retryAfterSeconds), check.retryAfterSeconds);
}

/** Report downloads per visitor IP address a minute (the PDF costs a browser's work). */
export const limitAnonymousExport = (db: Db, ip: string, perMinute: number) =>
  limitVisitor(
    db,
    "export-ip",
    ip,
    perMinute,
    (wait) => `Too many report downloads. Wait ${wait} seconds, or sign in.`,
  );

/**
 * Similar-fact-check searches per visitor IP address a minute: each ranks the whole collection,
 * and anonymous bursts of them slowed every page.
 */
export const limitAnonymousSearch = (db: Db, ip: string, perMinute: number) =>
  limitVisitor(
    db,
    "search-ip",
    ip,
    perMinute,
    (wait) => `Too many searches from your address. Wait ${wait} seconds, or sign in.`,
  );

/**
 * Revision comparisons per visitor IP address a minute: the first diff of a pair of long
 * revisions costs seconds of CPU, and a visitor can ask for every pair.
 */
export const limitAnonymousCompare = (db: Db, ip: string, perMinute: number) =>
  limitVisitor(
    db,
    "compare-ip",
    ip,
    perMinute,
    (wait) => `Too many comparisons from your address. Wait ${wait} seconds, or sign in.`,
  );
