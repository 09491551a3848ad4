import hkdf from "@panva/hkdf";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";
import type { SessionClaims } from "@/lib/data/actor";

// next-auth derives the session's encryption key from the secret with HKDF on every decode;
// the secret does not change while the process runs, so the key is derived once per
// (secret, salt). Same algorithm and parameters as next-auth 4's own decode.
const keys = new Map<string, Promise<Uint8Array>>();

function encryptionKey(secret: string, salt: string): Promise<Uint8Array> {
  const id = `${salt}\n${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = hkdf("sha256", secret, salt, `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`, 32);
    keys.set(id, key);
  }
  return key;
}

/** next-auth's JWT decode with the derived key cached; used for every session read. */
export async function decodeSessionToken({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, await encryptionKey(String(secret), salt), { clockTolerance: 15 });
  return payload as JWT;
}

/** The user id and session version a decoded token carries, or null when it carries none. */
export function sessionClaimsOf(token: JWT | null): SessionClaims | null {
  if (!token || typeof token.uid !== "string") return null;
  return { userId: token.uid, sessionVersion: typeof token.sv === "number" ? token.sv : 0 };
}
