import { passwordWeakness } from "../../auth/password-strength";
import { decoyPasswordHash, hashPassword, verifyPassword } from "../../auth/password";
import type { Db, Tx } from "../../db";
import { isUniqueViolation } from "../../db/errors";
import { fail, ok, type Result } from "../../result";
import { isRole, type Role } from "../../roles";
import { checkDisplayName } from "../../text/display-name";
import { signUpSchema } from "../../validation/auth";
import { takeNamedLock } from "../named-lock";
import { freeHandleFor } from "./people";
import { recordEvent } from "../events/record-event";
import { toUserSummary, type UserSummary } from "./user-summary";
import { parseInput } from "../../validation/parse-input";
import { joinDefaultOnSignUp, setDefaultMembership } from "../workspaces/default-workspace";

/**
 * Who becomes an admin without an admin making them one. The operator says so explicitly:
 * the account whose email is `adminEmail` (ADMIN_EMAIL), or `npm run create-admin`. With
 * neither, the first account becomes admin only when `firstAccountIsAdmin` (the server
 * listens on loopback only, so the first visitor is someone on this machine).
 */
export interface AccountPolicy {
  adminEmail: string | null;
  firstAccountIsAdmin: boolean;
}

const EXISTS = { email: "An account with this email already exists. Sign in instead." };

/**
 * The one rule for a new account's role, inside the transaction that creates it and under the
 * "accounts" lock, so two first sign-ups at once cannot both become admin.
 */
async function roleForNewAccount(tx: Tx, email: string, policy: AccountPolicy): Promise<Role> {
  await takeNamedLock(tx, "accounts");
  if (policy.adminEmail) return email === policy.adminEmail ? "ADMIN" : "ANNOTATOR";
  if (!policy.firstAccountIsAdmin) return "ANNOTATOR";
  return (await tx.user.count()) === 0 ? "ADMIN" : "ANNOTATOR";
}

/** Creates an account with its role decided by the policy, and its event, in one transaction. */
async function createAccount(
  db: Db,
  data: { name: string; email: string; passwordHash: string | null },
  policy: AccountPolicy,
) {
  return db.$transaction(async (tx) => {
    const role = await roleForNewAccount(tx, data.email, policy);
    const created = await tx.user.create({
      data: { ...data, role, handle: await freeHandleFor(tx, data.name, data.email) },
    });
    await joinDefaultOnSignUp(tx, created.id, role);
    await recordEvent(tx, {
      actorId: created.id,
      action: "user.signup",
      entityType: "user",
      entityId: created.id,
      after: { name: data.name, email: data.email, role },
    });
    return created;
  });
}

/**
 * Creates an account from the sign-up form. Names are checked for control, direction-override
 * and invisible-only text and stored in NFC; the most common passwords are refused.
 */
export async function signUp(db: Db, input: unknown, policy: AccountPolicy): Promise<Result<UserSummary>> {
  const parsed = parseInput(signUpSchema, input, "Check the highlighted fields.");
  if (!parsed.ok) return parsed;
  const name = checkDisplayName(parsed.data.name);
  if (!name.ok) return fail(400, "Check the highlighted fields.", { name: name.message });
  const { email, password } = parsed.data;
  const weakness = passwordWeakness(password, { email, name: name.name });
  if (weakness) return fail(400, "Check the highlighted fields.", { password: weakness });
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return fail(409, "Check the highlighted fields.", EXISTS);
  try {
    const user = await createAccount(
      db,
      { name: name.name, email, passwordHash: await hashPassword(password) },
      policy,
    );
    return ok(toUserSummary(user));
  } catch (error) {
    if (isUniqueViolation(error)) return fail(409, "Check the highlighted fields.", EXISTS);
    throw error;
  }
}

export type CredentialsCheck =
  { ok: true; user: UserSummary & { sessionVersion: number } } | { ok: false; disabled: boolean };

/**
 * Checks an email and password; says nothing of which was wrong, and tells a disabled account only to whoever knows its
 * password.
 */
export async function verifyCredentials(db: Db, email: string, password: string): Promise<CredentialsCheck> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase().slice(0, 254) } });
  if (!user?.passwordHash) {
    await verifyPassword(await decoyPasswordHash(), password);
    return { ok: false, disabled: false };
  }
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, disabled: false };
  if (user.disabledAt) return { ok: false, disabled: true };
  return { ok: true, user: { ...toUserSummary(user), sessionVersion: user.sessionVersion } };
}

export type OAuthOutcome =
  { ok: true; id: string; role: Role; sessionVersion: number } | { ok: false; message: string };

/**
 * The local account for an OAuth sign-in. An existing account is linked by email only when the
 * provider says it verified that email (else anyone could register the victim's address at
 * a provider and walk into their account); a new account is created under the same role rule
 * as sign-up. Disabled accounts stay out.
 */
export async function findOrCreateOAuthUser(
  db: Db,
  profile: { email: string; name: string; emailVerified: boolean },
  policy: AccountPolicy,
): Promise<OAuthOutcome> {
  const email = profile.email.trim().toLowerCase();
  if (!profile.emailVerified)
    return {
      ok: false,
      message: "Your provider has not verified this email address, so Claimmark cannot use it to sign you in.",
    };
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) {
    if (existing.disabledAt) return { ok: false, message: "This account is disabled. Ask an admin." };
    return {
      ok: true,
      id: existing.id,
      role: isRole(existing.role) ? existing.role : "ANNOTATOR",
      sessionVersion: existing.sessionVersion,
    };
  }
  const name = checkDisplayName(profile.name.slice(0, 100));
  const created = await createAccount(db, { name: name.ok ? name.name : email, email, passwordHash: null }, policy);
  return {
    ok: true,
    id: created.id,
    role: isRole(created.role) ? created.role : "ANNOTATOR",
    sessionVersion: created.sessionVersion,
  };
}

/**
 * Makes the account with this email an admin (npm run create-admin), creating it with the
 * given name and password when there is none. Recorded in the event log as done by Claimmark.
 */
export async function makeAdmin(
  db: Db,
  input: { email: string; name?: string; password?: string },
): Promise<Result<UserSummary & { created: boolean }>> {
  const email = input.email.trim().toLowerCase();
  const existing = await db.user.findUnique({ where: { email } });
  if (existing) {
    const updated = await db.$transaction(async (tx) => {
      const user = await tx.user.update({ where: { id: existing.id }, data: { role: "ADMIN", disabledAt: null } });
      await setDefaultMembership(tx, user.id, "ADMIN");
      if (existing.role !== "ADMIN") {
        await recordEvent(tx, {
          actorId: null,
          action: "user.role",
          entityType: "user",
          entityId: user.id,
          before: { role: existing.role },
          after: { role: "ADMIN" },
        });
      }
      return user;
    });
    return ok({ ...toUserSummary(updated), created: false });
  }
  const made = await signUp(
    db,
    { name: input.name, email, password: input.password },
    { adminEmail: email, firstAccountIsAdmin: false },
  );
  return made.ok ? ok({ ...made.data, created: true }) : made;
}
