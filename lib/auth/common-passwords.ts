import { dictionary } from "@zxcvbn-ts/language-common";

// The 49,000 most common passwords from zxcvbn-ts's maintained list (leaked-password
// frequency data), the ones attackers try first. Built into a set on first use.
let common: Set<string> | undefined;

/** True when the password, ignoring case, is on the common-password list. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common.has(password.toLowerCase());
}
