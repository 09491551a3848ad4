import { createHash, randomBytes } from "node:crypto";

/**
 * What a token may do: read (GET) and/or write (everything else); "admin" lets an admin's token
 * act as an admin (roles, accounts, fact-check imports). Without it, an admin's token acts with a
 * reviewer's powers: a leaked script token never carries the instance's keys.
 */
export const TOKEN_SCOPES = ["read", "write", "admin"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

const PREFIX = "cm_";
/** 32 random bytes in base64url: 43 characters after the prefix. */
const SECRET_PATTERN = /^cm_[A-Za-z0-9_-]{43,}$/;

/** A new token secret: "cm_" and 32 random bytes in base64url. Shown once, never stored. */
export function newTokenSecret(): string {
  return PREFIX + randomBytes(32).toString("base64url");
}

/**
 * What is stored and looked up: the secret's SHA-256. The secret carries 256 random bits,
 * so a fast hash is enough (nothing to brute-force), and lookups stay one indexed read.
 */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** The secret in an `Authorization: Bearer …` header, or null when the header is not a Claimmark token. */
export function bearerSecret(header: string | null): string | null {
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  const secret = match?.[1];
  return secret && SECRET_PATTERN.test(secret) ? secret : null;
}

export function parseScopes(stored: string): TokenScope[] {
  return TOKEN_SCOPES.filter((scope) => stored.split(",").includes(scope));
}

/** The scope a request needs: reading methods read, every other method writes. */
export function scopeFor(method: string): TokenScope {
  return ["GET", "HEAD", "OPTIONS"].includes(method.toUpperCase()) ? "read" : "write";
}
