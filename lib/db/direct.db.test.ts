import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directOf } from "./client";
import { isUniqueViolation } from "./errors";
import { sql } from "./raw-statement";
import { createTestDatabase, databaseKinds, type TestDatabase } from "./test-databases";

describe.each(databaseKinds())("direct statements on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => t.drop());

  const user = (id: string, createdAt = new Date()) =>
    sql`INSERT INTO "User" ("id", "name", "email", "role", "sessionVersion", "createdAt", "updatedAt")
      VALUES (${id}, ${"Direct " + id}, ${id + "@direct.test"}, ${"ANNOTATOR"}, ${0}, ${createdAt}, ${createdAt})`;

  it("writes dates that Prisma reads back as the same instant, and reads them back as that instant", async () => {
    const when = new Date("2026-03-29T01:30:15.123Z");
    await directOf(t.db).write(user("dated", when));
    const viaPrisma = await t.db.user.findUniqueOrThrow({ where: { id: "dated" } });
    expect(viaPrisma.createdAt.toISOString()).toBe(when.toISOString());
    const [row] = await directOf(t.db).query<{ createdAt: Date | string }>(
      sql`SELECT "createdAt" FROM "User" WHERE "id" = ${"dated"}`,
    );
    expect(new Date(row!.createdAt).toISOString()).toBe(when.toISOString());
  });

  it("commits a transaction's statements together, and none of them when one fails", async () => {
    await directOf(t.db).transaction(async (tx) => {
      await tx.query(user("pair-1"));
      await tx.query(user("pair-2"));
    });
    expect(await t.db.user.count({ where: { id: { in: ["pair-1", "pair-2"] } } })).toBe(2);

    const failed = directOf(t.db).transaction(async (tx) => {
      await tx.query(user("lost-1"));
      await tx.query(user("pair-1")); // the same id again: refused
    });
    const error = await failed.catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(await t.db.user.count({ where: { id: "lost-1" } })).toBe(0);
    // The connection is usable afterwards, by direct statements and by Prisma.
    await directOf(t.db).write(user("after-failure"));
    expect(await t.db.user.count({ where: { id: "after-failure" } })).toBe(1);
  });

  it("waits for an interactive Prisma transaction instead of writing inside it", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const prismaTransaction = t.db
      .$transaction(async (tx) => {
        await tx.user.create({ data: { id: "rolled-back", name: "R", email: "r@direct.test" } });
        await held;
        throw new Error("roll back");
      })
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 50));
    const direct = directOf(t.db).write(user("outside"));
    await new Promise((r) => setTimeout(r, 50));
    release();
    await Promise.all([prismaTransaction, direct]);
    // Prisma's transaction rolled back; the direct write was not part of it.
    expect(await t.db.user.count({ where: { id: "rolled-back" } })).toBe(0);
    expect(await t.db.user.count({ where: { id: "outside" } })).toBe(1);
  });

  it("works again after the client disconnected", async () => {
    await directOf(t.db).query(sql`SELECT 1 AS "one"`);
    await t.db.$disconnect();
    const [row] = await directOf(t.db).query<{ one: number }>(sql`SELECT 1 AS "one"`);
    expect(row!.one).toBe(1);
    await directOf(t.db).write(user("after-reconnect"));
    expect(await t.db.user.count({ where: { id: "after-reconnect" } })).toBe(1);
  });

  it("reads counts as numbers", async () => {
    const [row] = await directOf(t.db).query<{ n: unknown }>(sql`SELECT COUNT(*) AS "n" FROM "User"`);
    expect(typeof row!.n).toBe("number");
  });
});
