import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import type { Actor } from "../actor";
import { actorFromToken, createToken, listTokens, revokeToken } from "./api-tokens";
import { makeActor } from "../test-fixtures";
import { changeRole } from "./users";

describe.each(databaseKinds())("personal access tokens on %s", (kind) => {
  let t: TestDatabase;
  let ana: Actor;
  let ben: Actor;
  let admin: Actor;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    admin = await makeActor(t.db, "Ada Admin", "ADMIN");
    ana = await makeActor(t.db, "Ana Annotator");
    ben = await makeActor(t.db, "Ben Annotator");
  });
  afterAll(async () => t.drop());

  const make = async (actor: Actor, input: object) => {
    const made = await createToken(t.db, actor, input);
    if (!made.ok) throw new Error(made.message);
    return made.data;
  };

  it("shows the secret once and stores only its hash", async () => {
    const token = await make(ana, { name: "CMS", scopes: ["write", "read", "read"], expiresInDays: 30 });
    expect(token.secret).toMatch(/^cm_[\w-]{43}$/);
    expect(token.scopes).toEqual(["read", "write"]);
    const row = await t.db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(JSON.stringify(row)).not.toContain(token.secret);
    expect(JSON.stringify(await listTokens(t.db, ana))).not.toContain(token.secret);
    const caller = await actorFromToken(t.db, `Bearer ${token.secret}`);
    expect(caller).toMatchObject({ id: ana.id, role: "ANNOTATOR", token: { id: token.id, scopes: ["read", "write"] } });
    expect((await t.db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).not.toBeNull();
  });

  it("refuses bad input with the field named", async () => {
    expect(await createToken(t.db, ana, { name: " ", scopes: [], expiresInDays: 0 })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { name: expect.any(String), scopes: expect.any(String), expiresInDays: expect.any(String) },
    });
    expect(await createToken(t.db, ana, { name: "x", scopes: ["admin"], expiresInDays: null })).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(await createToken(t.db, null, { name: "x", scopes: ["read"], expiresInDays: null })).toMatchObject({
      ok: false,
      status: 401,
    });
  });

  it("stops working when revoked, expired, or its owner is disabled; an unknown token is nobody", async () => {
    const revoked = await make(ana, { name: "to revoke", scopes: ["read"], expiresInDays: null });
    expect(await revokeToken(t.db, ben, revoked.id)).toMatchObject({ ok: false, status: 404 });
    expect(await revokeToken(t.db, ana, revoked.id)).toMatchObject({
      ok: true,
      data: { revokedAt: expect.any(String) },
    });
    expect(await actorFromToken(t.db, `Bearer ${revoked.secret}`)).toBeNull();

    const expiring = await make(ana, { name: "expiring", scopes: ["read"], expiresInDays: 1 });
    await t.db.apiToken.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await actorFromToken(t.db, `Bearer ${expiring.secret}`)).toBeNull();

    const bens = await make(ben, { name: "ben's", scopes: ["read"], expiresInDays: null });
    await t.db.user.update({ where: { id: ben.id }, data: { disabledAt: new Date() } });
    expect(await actorFromToken(t.db, `Bearer ${bens.secret}`)).toBeNull();
    expect(await actorFromToken(t.db, `Bearer cm_${"A".repeat(43)}`)).toBeNull();
  });

  it("lets an admin see and revoke anyone's tokens; others see their own", async () => {
    const anas = await make(ana, { name: "ana's script", scopes: ["read"], expiresInDays: null });
    expect((await listTokens(t.db, ana, { everyone: true })).every((tk) => tk.ownerId === ana.id)).toBe(true);
    const all = await listTokens(t.db, admin, { everyone: true });
    expect(new Set(all.map((tk) => tk.ownerName))).toEqual(new Set(["Ana Annotator", "Ben Annotator"]));
    expect(await revokeToken(t.db, admin, anas.id)).toMatchObject({ ok: true });
    expect(await actorFromToken(t.db, `Bearer ${anas.secret}`)).toBeNull();
  });

  it("does not let a token make tokens", async () => {
    const token = await make(ana, { name: "writer", scopes: ["read", "write"], expiresInDays: null });
    const caller = await actorFromToken(t.db, `Bearer ${token.secret}`);
    expect(await createToken(t.db, caller, { name: "child", scopes: ["read"], expiresInDays: null })).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it("gives an admin's token admin powers only with the admin scope, which only admins may grant", async () => {
    const plain = await make(admin, { name: "script", scopes: ["read", "write"], expiresInDays: 30 });
    const asPlain = (await actorFromToken(t.db, `Bearer ${plain.secret}`))!;
    expect(asPlain.role).toBe("REVIEWER");
    expect(await changeRole(t.db, asPlain, ben.id, { role: "REVIEWER" })).toMatchObject({ ok: false, status: 403 });
    const full = await make(admin, { name: "ops", scopes: ["read", "write", "admin"], expiresInDays: 1 });
    const asAdmin = (await actorFromToken(t.db, `Bearer ${full.secret}`))!;
    expect(asAdmin.role).toBe("ADMIN");
    expect(await changeRole(t.db, asAdmin, ben.id, { role: "REVIEWER" })).toMatchObject({ ok: true });
    expect(await createToken(t.db, ana, { name: "x", scopes: ["read", "admin"], expiresInDays: 1 })).toMatchObject({
      ok: false,
      status: 403,
      fieldErrors: { scopes: expect.any(String) },
    });
    // The admin scope alone does nothing: a token reads or writes.
    expect(await createToken(t.db, admin, { name: "y", scopes: ["admin"], expiresInDays: 1 })).toMatchObject({
      ok: false,
      status: 400,
    });
  });
});
