import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPostgresDb } from "./client";
import { createTestDatabase, databaseKinds, type TestDatabase } from "./test-databases";

describe.each(databaseKinds())("the client on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => t.drop());

  // PostgreSQL-only statements (FOR UPDATE SKIP LOCKED, ANALYZE) hang on this answer: it was
  // once read from the client's class, which the proxied client never has, so it was always false.
  it("knows which database it talks to, inside a transaction too", async () => {
    expect(isPostgresDb(t.db)).toBe(kind === "postgres");
    expect(await t.db.$transaction(async (tx) => isPostgresDb(tx))).toBe(kind === "postgres");
  });
});
