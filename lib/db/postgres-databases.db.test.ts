import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createDatabase, dropDatabase } from "./postgres-databases";
import { databaseKinds } from "./test-databases";

const postgres = databaseKinds().includes("postgres");

describe.runIf(postgres)("dropping a test database on PostgreSQL", () => {
  it("makes a database one can connect to, and drops it while a connection to it is still open, and that connection is ended", async () => {
    const adminUrl = process.env.TEST_POSTGRES_URL!;
    const name = `claimmark_drop_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      const url = await createDatabase(adminUrl, name);
      const leftover = new pg.Client({ connectionString: url });
      leftover.on("error", () => {});
      await leftover.connect();

      await dropDatabase(adminUrl, name);

      const { rows } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      expect(rows).toHaveLength(0);
      await expect(leftover.query("SELECT 1")).rejects.toThrow();
    } finally {
      await admin.end();
    }
  });
});
