import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignInLimiter } from "../auth/sign-in-limiter";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../db/test-databases";
import { changeRole, signUp, verifyCredentials } from "./users";

describe.each(databaseKinds())("accounts on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => t.drop());

  it("makes the first account ADMIN and later ones ANNOTATOR, with argon2id hashes", async () => {
    const first = await signUp(t.db, { name: "First", email: "First@Example.org", password: "long enough" });
    const second = await signUp(t.db, { name: "Second", email: "second@example.org", password: "long enough" });
    expect(first).toMatchObject({ ok: true, data: { role: "ADMIN", email: "first@example.org" } });
    expect(second).toMatchObject({ ok: true, data: { role: "ANNOTATOR" } });
    const stored = await t.db.user.findUniqueOrThrow({ where: { email: "first@example.org" } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("makes exactly one admin when the first sign-ups arrive at once, and keeps one when admins demote each other at once", async () => {
    const fresh = await createTestDatabase(kind);
    try {
      const results = await Promise.all(
        [1, 2, 3].map((i) => signUp(fresh.db, { name: `Racer ${i}`, email: `racer${i}@example.org`, password: "long enough" })),
      );
      expect(results.every((r) => r.ok)).toBe(true);
      expect(await fresh.db.user.count({ where: { role: "ADMIN" } })).toBe(1);

      // Two admins demoting each other at the same moment: one wins, one admin remains.
      const [first, second] = await fresh.db.user.findMany({ orderBy: { createdAt: "asc" }, take: 2 });
      await fresh.db.user.update({ where: { id: second!.id }, data: { role: "ADMIN" } });
      const asActor = (u: typeof first) => ({ id: u!.id, name: u!.name, email: u!.email, role: "ADMIN" as const });
      const demotions = await Promise.all([
        changeRole(fresh.db, asActor(first), second!.id, "ANNOTATOR"),
        changeRole(fresh.db, asActor(second), first!.id, "ANNOTATOR"),
      ]);
      expect(demotions.filter((d) => d.ok)).toHaveLength(1);
      expect(demotions.filter((d) => !d.ok)).toEqual([expect.objectContaining({ status: 409 })]);
      expect(await fresh.db.user.count({ where: { role: "ADMIN" } })).toBe(1);
    } finally {
      await fresh.drop();
    }
  });

  it("refuses a duplicate email at the email field", async () => {
    const again = await signUp(t.db, { name: "Dup", email: "SECOND@example.org", password: "long enough" });
    expect(again).toMatchObject({ ok: false, status: 409, fieldErrors: { email: expect.stringContaining("already exists") } });
  });

  it("checks passwords without saying whether the email exists", async () => {
    expect(await verifyCredentials(t.db, "first@example.org", "long enough")).toMatchObject({ name: "First" });
    expect(await verifyCredentials(t.db, "first@example.org", "wrong")).toBeNull();
    expect(await verifyCredentials(t.db, "nobody@example.org", "long enough")).toBeNull();
  });

  it("limits sign-in attempts to 10 a minute per email and per IP, counted in the database across instances", async () => {
    // Two limiters stand for two app instances sharing the database.
    const a = new SignInLimiter(t.db);
    const b = new SignInLimiter(t.db);
    for (let i = 0; i < 10; i++) expect(await (i % 2 ? a : b).attempt("victim@example.org", `10.0.0.${i}`)).toEqual({ ok: true });
    const refused = await a.attempt("victim@example.org", "10.0.1.1");
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    // Another email from a fresh address is unaffected …
    expect(await b.attempt("someone@example.org", "10.0.2.1")).toEqual({ ok: true });
    // … but one IP trying many emails is stopped too.
    for (let i = 0; i < 10; i++) expect((await a.attempt(`user${i}@example.org`, "10.0.3.1")).ok).toBe(true);
    expect((await b.attempt("user-last@example.org", "10.0.3.1")).ok).toBe(false);
  });
});
