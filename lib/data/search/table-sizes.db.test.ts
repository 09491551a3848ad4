import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import { tableSizes } from "./table-sizes";

describe.each(databaseKinds())("table sizes on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => t.drop());

  it("reads every table's size in one go, never below its rows once known", async () => {
    await t.db.user.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ name: `Sized ${i}`, email: `sized-${i}@sizes.test` })),
    });
    // PostgreSQL knows a size from its last ANALYZE (autovacuum's, in use).
    if (kind === "postgres") await t.db.$executeRawUnsafe(`ANALYZE "User"; ANALYZE "Reply"`);
    const sizes = await tableSizes(t.db, ["User", "Reply", "User"]);
    const users = await t.db.user.count();
    expect([...sizes.keys()].sort()).toEqual(["Reply", "User"]);
    expect(sizes.get("User")).toBeGreaterThanOrEqual(users);
    expect(sizes.get("User")).toBeLessThan(users * 2);
    expect(sizes.get("Reply")).toBe(0);
  });
});
