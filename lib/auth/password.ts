import argon2 from "argon2";

// OWASP's argon2id recommendation (19 MiB, 2 iterations, 1 lane) keeps a sign-in well
// under 100 ms on these 2-core machines while staying memory-hard.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id; the result carries its own salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

/** True when the password matches the hash; false for a wrong password or a malformed hash. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// A real hash to verify against when the email is unknown, so that a wrong email takes as
// long as a wrong password and timing does not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword("decoy-password-for-unknown-accounts");
  return decoyHash;
}
