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

  /**
   * Each caller was told "saved" exactly when its user row is stored; a caller without a row of
   * its own (null) must have been refused.
   */
  const expectToldAsStored = async (settled: PromiseSettledResult<unknown>[], ids: (string | null)[]) => {
    for (const [i, id] of ids.entries()) {
      const stored = id ? await t.db.user.count({ where: { id } }) : 0;
      expect({ i, told: settled[i]!.status, stored }).toEqual({ i, told: stored ? "fulfilled" : "rejected", stored });
    }
  };

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

  it("keeps each of many concurrent transactions all-or-nothing on its own, and answers each with its own result", async () => {
    await directOf(t.db).write(user("many-taken"));
    const attempts = Array.from({ length: 24 }, (_, i) =>
      directOf(t.db).transaction(async (tx) => {
        await tx.query(user(`many-${i}-a`));
        // Every third one fails half-way: its first row must not stay, nor take the others down.
        await tx.query(user(i % 3 === 0 ? "many-taken" : `many-${i}-b`));
        return i;
      }),
    );
    const settled = await Promise.allSettled(attempts);
    settled.forEach((outcome, i) => {
      if (i % 3 === 0) expect(isUniqueViolation(outcome.status === "rejected" && outcome.reason)).toBe(true);
      else expect(outcome).toEqual({ status: "fulfilled", value: i });
    });
    const stored = await t.db.user.findMany({ where: { id: { startsWith: "many-" } }, select: { id: true } });
    const expected = settled.flatMap((outcome, i) =>
      outcome.status === "fulfilled" ? [`many-${i}-a`, `many-${i}-b`] : [],
    );
    expect(stored.map((row) => row.id).sort()).toEqual([...expected, "many-taken"].sort());
    expect(expected).toHaveLength(2 * 16);
  });

  it.runIf(kind === "sqlite")(
    "answers nobody in a group as saved when the group's commit fails, and keeps none of its rows",
    async () => {
      // A foreign key checked only at COMMIT (deferred): the one unit's statements pass, the
      // commit they share with the others does not.
      const dangling = directOf(t.db).transaction(async (tx) => {
        await tx.query(sql`PRAGMA defer_foreign_keys = ON`);
        await tx.query(sql`INSERT INTO "Membership" ("workspaceId", "userId", "role", "createdAt", "updatedAt")
          VALUES (${"no-such-workspace"}, ${"no-such-user"}, ${"VIEWER"}, ${new Date()}, ${new Date()})`);
      });
      const bystanders = ["group-1", "group-2"].map((id) => directOf(t.db).transaction((tx) => tx.query(user(id))));
      const settled = await Promise.allSettled([dangling, ...bystanders]);
      // Whoever shared that commit was refused with it; whoever was told "saved" is stored.
      await expectToldAsStored(settled, [null, "group-1", "group-2"]);
      // The next transaction starts clean.
      await directOf(t.db).write(user("group-after"));
      expect(await t.db.user.count({ where: { id: "group-after" } })).toBe(1);
    },
  );

  it.runIf(kind === "sqlite")(
    "tells every caller of a group of its failure when SQLite ends the whole transaction mid-group",
    async () => {
      // What a full disk does half-way through a group, played by a unit that ends the transaction.
      const before = directOf(t.db).transaction((tx) => tx.query(user("ended-before")));
      const ender = directOf(t.db).transaction(async (tx) => {
        await tx.query(sql`ROLLBACK`);
        throw new Error("the transaction is gone");
      });
      const after = directOf(t.db).transaction((tx) => tx.query(user("ended-after")));
      const settled = await Promise.allSettled([before, ender, after]);
      await expectToldAsStored(settled, ["ended-before", null, "ended-after"]);
      // Each is told the cause, not a missing savepoint.
      for (const i of [0, 1, 2]) {
        expect(String((settled[i] as PromiseRejectedResult).reason)).toMatch(/transaction is gone/);
      }
      await directOf(t.db).write(user("ended-next"));
      expect(await t.db.user.count({ where: { id: "ended-next" } })).toBe(1);
    },
  );

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
