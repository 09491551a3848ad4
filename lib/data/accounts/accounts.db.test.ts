import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ACCOUNT_FAILURES_BEFORE_SLOWDOWN,
  ACCOUNT_SLOWDOWN_SECONDS,
  FAILURES_BEFORE_LOCK,
  lockSecondsAfter,
  SignInLimiter,
} from "../../auth/sign-in-limiter";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import {
  limitAnonymousCompare,
  limitAnonymousExport,
  limitAnonymousSearch,
  limitSignUp,
  limitUserWrite,
} from "../../limits/request-limits";
import { findOrCreateOAuthUser, makeAdmin, signUp, verifyCredentials, type AccountPolicy } from "./accounts";
import { loadActor } from "../actor";
import { changeRole, endSessions, setAccountDisabled } from "./users";

const LOOPBACK: AccountPolicy = { adminEmail: null, firstAccountIsAdmin: true };
const PUBLIC: AccountPolicy = { adminEmail: null, firstAccountIsAdmin: false };
const password = "a long enough passphrase";

describe.each(databaseKinds())("accounts on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => t.drop());

  it("makes the first account ADMIN and later ones ANNOTATOR on a loopback-only server, with argon2id hashes", async () => {
    const first = await signUp(t.db, { name: "First", email: "First@Example.org", password }, LOOPBACK);
    const second = await signUp(t.db, { name: "Second", email: "second@example.org", password }, LOOPBACK);
    expect(first).toMatchObject({ ok: true, data: { role: "ADMIN", email: "first@example.org" } });
    expect(second).toMatchObject({ ok: true, data: { role: "ANNOTATOR" } });
    const stored = await t.db.user.findUniqueOrThrow({ where: { email: "first@example.org" } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("does not make the first visitor of a public server an admin; ADMIN_EMAIL or create-admin names the admin", async () => {
    const fresh = await createTestDatabase(kind);
    try {
      expect(await signUp(fresh.db, { name: "Visitor", email: "visitor@example.org", password }, PUBLIC)).toMatchObject(
        { ok: true, data: { role: "ANNOTATOR" } },
      );
      const named: AccountPolicy = { adminEmail: "boss@example.org", firstAccountIsAdmin: false };
      expect(await signUp(fresh.db, { name: "Other", email: "other@example.org", password }, named)).toMatchObject({
        ok: true,
        data: { role: "ANNOTATOR" },
      });
      expect(await signUp(fresh.db, { name: "Boss", email: "Boss@example.org", password }, named)).toMatchObject({
        ok: true,
        data: { role: "ADMIN" },
      });
      // npm run create-admin: promotes an existing account, or creates one.
      expect(await makeAdmin(fresh.db, { email: "visitor@example.org" })).toMatchObject({
        ok: true,
        data: { role: "ADMIN", created: false },
      });
      expect(await makeAdmin(fresh.db, { email: "new@example.org", name: "New", password })).toMatchObject({
        ok: true,
        data: { role: "ADMIN", created: true },
      });
      expect(
        await makeAdmin(fresh.db, { email: "weak@example.org", name: "Weak", password: "password" }),
      ).toMatchObject({ ok: false, status: 400 });
    } finally {
      await fresh.drop();
    }
  });

  it("makes exactly one admin when the first sign-ups arrive at once, and keeps one when admins demote each other at once", async () => {
    const fresh = await createTestDatabase(kind);
    try {
      const results = await Promise.all(
        [1, 2, 3].map((i) =>
          signUp(fresh.db, { name: `Racer ${i}`, email: `racer${i}@example.org`, password }, LOOPBACK),
        ),
      );
      expect(results.every((r) => r.ok)).toBe(true);
      expect(await fresh.db.user.count({ where: { role: "ADMIN" } })).toBe(1);

      const [first, second] = await fresh.db.user.findMany({ orderBy: { createdAt: "asc" }, take: 2 });
      await fresh.db.user.update({ where: { id: second!.id }, data: { role: "ADMIN" } });
      const asActor = (u: typeof first) => ({
        id: u!.id,
        name: u!.name,
        email: u!.email,
        role: "ADMIN" as const,
        workspaces: {},
        onlyWorkspace: null,
      });
      const demotions = await Promise.all([
        changeRole(fresh.db, asActor(first), second!.id, { role: "ANNOTATOR" }),
        changeRole(fresh.db, asActor(second), first!.id, { role: "ANNOTATOR" }),
      ]);
      expect(demotions.filter((d) => d.ok)).toHaveLength(1);
      expect(demotions.filter((d) => !d.ok)).toEqual([expect.objectContaining({ status: 409 })]);
      expect(await fresh.db.user.count({ where: { role: "ADMIN" } })).toBe(1);
    } finally {
      await fresh.drop();
    }
  });

  it("refuses a duplicate email at the email field", async () => {
    const again = await signUp(t.db, { name: "Dup", email: "SECOND@example.org", password }, LOOPBACK);
    expect(again).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { email: expect.stringContaining("already exists") },
    });
  });

  it("refuses common, guessable and all-whitespace passwords, and names with control, direction-override or only invisible characters", async () => {
    const attempt = (name: string, pw: string) =>
      signUp(t.db, { name, email: `p${Math.random().toString(36).slice(2)}@example.org`, password: pw }, LOOPBACK);
    for (const common of ["password", "12345678", "Iloveyou", "qwertyuiop", "baseball"]) {
      expect(await attempt("Pat", common), common).toMatchObject({
        ok: false,
        status: 400,
        fieldErrors: { password: expect.stringContaining("most common") },
      });
    }
    // Guessable though not on the list: repeated characters, the person's own email.
    expect(await attempt("Pat", "aaaaaaaa")).toMatchObject({
      status: 400,
      fieldErrors: { password: expect.stringContaining("too easy to guess") },
    });
    expect(
      await signUp(t.db, { name: "Eve", email: "eve.own@example.org", password: "eve.own@example.org" }, LOOPBACK),
    ).toMatchObject({ status: 400, fieldErrors: { password: expect.stringContaining("email address or name") } });
    expect(await attempt("Pat", "          ")).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { password: "A password cannot be only spaces." },
    });
    expect(await attempt("\u202Enimda", password)).toMatchObject({
      ok: false,
      fieldErrors: { name: expect.stringContaining("text-direction") },
    });
    expect(await attempt("Ana\nAdmin", password)).toMatchObject({
      ok: false,
      fieldErrors: { name: expect.stringContaining("control") },
    });
    expect(await attempt("\u200B\u200B", password)).toMatchObject({
      ok: false,
      fieldErrors: { name: "Enter a name with visible letters." },
    });
    const nfc = await attempt("Rene\u0301", password);
    expect(nfc).toMatchObject({ ok: true, data: { name: "Ren\u00e9" } });
  });

  it("checks passwords without saying whether the email exists, and refuses disabled accounts", async () => {
    expect(await verifyCredentials(t.db, "first@example.org", password)).toMatchObject({
      ok: true,
      user: { name: "First" },
    });
    expect(await verifyCredentials(t.db, "first@example.org", "wrong")).toEqual({ ok: false, disabled: false });
    expect(await verifyCredentials(t.db, "nobody@example.org", password)).toEqual({ ok: false, disabled: false });
    expect(await verifyCredentials(t.db, "x".repeat(10_000), password)).toEqual({ ok: false, disabled: false });
  });

  it("ends every session on sign-out, and when an admin disables the account; the last admin cannot be disabled", async () => {
    const admin = await t.db.user.findUniqueOrThrow({ where: { email: "first@example.org" } });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "second@example.org" } });
    const session = { userId: user.id, sessionVersion: user.sessionVersion };
    expect(await loadActor(t.db, session)).toMatchObject({ id: user.id });
    await endSessions(t.db, user.id);
    expect(await loadActor(t.db, session)).toBeNull();
    const fresh = { userId: user.id, sessionVersion: session.sessionVersion + 1 };
    expect(await loadActor(t.db, fresh)).toMatchObject({ id: user.id });

    const adminActor = {
      id: admin.id,
      name: admin.name,
      email: admin.email,
      role: "ADMIN" as const,
      workspaces: {},
      onlyWorkspace: null,
    };
    const asAnnotator = {
      id: user.id,
      name: user.name,
      email: user.email,
      role: "ANNOTATOR" as const,
      workspaces: {},
      onlyWorkspace: null,
    };
    expect(await setAccountDisabled(t.db, asAnnotator, admin.id, { disabled: true })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await setAccountDisabled(t.db, adminActor, user.id, { disabled: "yes" })).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(await setAccountDisabled(t.db, adminActor, user.id, { disabled: true })).toMatchObject({
      ok: true,
      data: { disabled: true },
    });
    expect(await loadActor(t.db, fresh)).toBeNull();
    expect(await verifyCredentials(t.db, "second@example.org", password)).toEqual({ ok: false, disabled: true });
    expect(await setAccountDisabled(t.db, adminActor, admin.id, { disabled: true })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await setAccountDisabled(t.db, adminActor, user.id, { disabled: false })).toMatchObject({
      ok: true,
      data: { disabled: false },
    });
    expect(await verifyCredentials(t.db, "second@example.org", password)).toMatchObject({ ok: true });
    const events = await t.db.event.findMany({
      where: { entityId: user.id, action: { in: ["user.disable", "user.enable"] } },
    });
    expect(events.map((e) => e.action).sort()).toEqual(["user.disable", "user.enable"]);
  });

  it("links an OAuth sign-in to an existing account only when the provider verified the email", async () => {
    const unverified = await findOrCreateOAuthUser(
      t.db,
      { email: "first@example.org", name: "Impostor", emailVerified: false },
      LOOPBACK,
    );
    expect(unverified).toMatchObject({ ok: false, message: expect.stringContaining("not verified") });
    const verified = await findOrCreateOAuthUser(
      t.db,
      { email: "First@example.org", name: "First", emailVerified: true },
      LOOPBACK,
    );
    const first = await t.db.user.findUniqueOrThrow({ where: { email: "first@example.org" } });
    expect(verified).toMatchObject({ ok: true, id: first.id, role: "ADMIN" });
    // A new OAuth account follows the same first-admin rule as sign-up: not the first here.
    expect(
      await findOrCreateOAuthUser(t.db, { email: "oauth@example.org", name: "Oscar", emailVerified: true }, LOOPBACK),
    ).toMatchObject({ ok: true, role: "ANNOTATOR" });
  });

  it("slows sign-in to one attempt per 10 s for an account failed on 20 times from many addresses, without locking it", async () => {
    const limiter = new SignInLimiter(t.db);
    for (let i = 0; i < ACCOUNT_FAILURES_BEFORE_SLOWDOWN; i++) {
      // Each from its own address: no pair lock, no per-address limit is reached.
      expect(await limiter.attempt("target@example.org", `10.9.${i}.1`)).toEqual({ ok: true });
      await limiter.failed("target@example.org", `10.9.${i}.1`);
    }
    // The next attempt passes (from anywhere), the one right after it waits.
    expect(await limiter.attempt("target@example.org", "10.9.99.1")).toEqual({ ok: true });
    const slowed = await limiter.attempt("target@example.org", "10.9.98.1");
    expect(slowed).toMatchObject({ ok: false });
    if (!slowed.ok) expect(slowed.retryAfterSeconds).toBeLessThanOrEqual(ACCOUNT_SLOWDOWN_SECONDS);
    // Other accounts are not slowed.
    expect(await limiter.attempt("bystander@example.org", "10.9.98.1")).toEqual({ ok: true });
  });

  it("limits sign-in per IP, and locks an (email, IP) pair after 10 failures with a growing lock, without locking the victim out elsewhere", async () => {
    // Two limiters stand for two app instances sharing the database.
    const a = new SignInLimiter(t.db);
    const b = new SignInLimiter(t.db);
    for (let i = 0; i < FAILURES_BEFORE_LOCK; i++) {
      expect(await (i % 2 ? a : b).attempt("victim@example.org", "203.0.113.9")).toEqual({ ok: true });
      await (i % 2 ? b : a).failed("victim@example.org", "203.0.113.9");
    }
    const refused = await a.attempt("victim@example.org", "203.0.113.9");
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(30);
    // The victim, from their own address, still gets in.
    expect(await b.attempt("victim@example.org", "198.51.100.1")).toEqual({ ok: true });
    // One address trying many emails is stopped by the per-IP limit.
    for (let i = 0; i < 10; i++) expect((await a.attempt(`user${i}@example.org`, "192.0.2.50")).ok).toBe(true);
    expect((await b.attempt("user-last@example.org", "192.0.2.50")).ok).toBe(false);
    // Keys are hashed: neither the email nor the address is stored in clear.
    const keys = (await t.db.rateLimiterFlexible.findMany()).map((r) => r.key).join(" ");
    expect(keys).not.toContain("victim");
    expect(keys).not.toContain("203.0.113.9");
    expect([lockSecondsAfter(10), lockSecondsAfter(11), lockSecondsAfter(13), lockSecondsAfter(40)]).toEqual([
      60, 120, 480, 3600,
    ]);
  });

  it("limits sign-ups per IP and for the whole instance, and writes per user, across instances", async () => {
    const limits = { perIp: 5, global: 7 };
    for (let i = 0; i < 5; i++) expect(await limitSignUp(t.db, "192.0.2.1", limits)).toBeNull();
    expect(await limitSignUp(t.db, "192.0.2.1", limits)).toMatchObject({
      status: 429,
      headers: { "Retry-After": expect.stringMatching(/^\d+$/) },
    });
    expect(await limitSignUp(t.db, "192.0.2.2", limits)).toBeNull();
    expect(await limitSignUp(t.db, "192.0.2.3", limits)).toBeNull();
    expect(await limitSignUp(t.db, "192.0.2.4", limits)).toMatchObject({
      status: 429,
      message: expect.stringContaining("no more new accounts"),
    });
    // Junk bodies count per address, never against the whole instance's hourly bucket.
    const junk = { perIp: 100, global: 2 };
    for (let i = 0; i < 10; i++) expect(await limitSignUp(t.db, `198.51.100.${i}`, junk, false)).toBeNull();
    const fresh = { perIp: 100, global: 9 };
    expect(await limitSignUp(t.db, "198.51.100.50", fresh, true)).toBeNull();

    for (let i = 0; i < 3; i++) expect(await limitAnonymousSearch(t.db, "192.0.2.8", 3)).toBeNull();
    expect(await limitAnonymousSearch(t.db, "192.0.2.8", 3)).toMatchObject({
      status: 429,
      message: expect.stringContaining("or sign in"),
    });
    for (let i = 0; i < 2; i++) expect(await limitAnonymousCompare(t.db, "192.0.2.10", 2)).toBeNull();
    expect(await limitAnonymousCompare(t.db, "192.0.2.10", 2)).toMatchObject({
      status: 429,
      message: expect.stringContaining("Too many comparisons"),
    });
    expect(await limitAnonymousCompare(t.db, "192.0.2.11", 2)).toBeNull();
    for (let i = 0; i < 2; i++) expect(await limitAnonymousExport(t.db, "192.0.2.9", 2)).toBeNull();
    expect(await limitAnonymousExport(t.db, "192.0.2.9", 2)).toMatchObject({
      status: 429,
      message: expect.stringContaining("sign in"),
    });

    for (let i = 0; i < 3; i++) expect(await limitUserWrite(t.db, "user-1", 3)).toBeNull();
    expect(await limitUserWrite(t.db, "user-1", 3)).toMatchObject({
      status: 429,
      headers: { "Retry-After": expect.any(String) },
    });
    expect(await limitUserWrite(t.db, "user-2", 3)).toBeNull();
    // Concurrent writes are all counted: the counter is one atomic statement.
    const burst = await Promise.all(Array.from({ length: 10 }, () => limitUserWrite(t.db, "user-3", 5)));
    expect(burst.filter((r) => r === null)).toHaveLength(5);
  });
});
