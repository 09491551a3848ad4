import type { AccountPolicy } from "@/lib/data/accounts/accounts";
import { env } from "./env";

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

/**
 * The first-admin rule from the environment: ADMIN_EMAIL when set; otherwise the first account
 * is the admin only while the server listens on loopback (HOST), where the first visitor can
 * only be someone on this machine.
 */
export function accountPolicy(): AccountPolicy {
  const e = env();
  return { adminEmail: e.ADMIN_EMAIL ?? null, firstAccountIsAdmin: LOOPBACK.has(e.HOST) || e.HOST.startsWith("127.") };
}
