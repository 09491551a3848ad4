import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import { beatPresence, countReading, joinPresence, leavePresence, PRESENCE_STALE_MS, sweepPresence } from "./presence";

describe.each(databaseKinds())("who is reading, on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => t.drop());

  it("counts people, not tabs, across every instance's streams, and forgets closed and stale ones", async () => {
    await joinPresence(t.db, "s1", "doc", "user-ana");
    await joinPresence(t.db, "s2", "doc", "user-ana"); // a second tab
    await joinPresence(t.db, "s3", "doc", "user-ben"); // as if on another instance: same table
    await joinPresence(t.db, "s4", "other-doc", "user-cy");
    expect(await countReading(t.db, "doc")).toBe(2);
    await leavePresence(t.db, "s3");
    expect(await countReading(t.db, "doc")).toBe(1);
    // A stream whose instance died stops counting once its row goes stale.
    await t.db.streamPresence.update({
      where: { id: "s4" },
      data: { lastSeen: new Date(Date.now() - PRESENCE_STALE_MS - 1000) },
    });
    expect(await countReading(t.db, "other-doc")).toBe(0);
    await beatPresence(t.db, "s1");
    await sweepPresence(t.db);
    expect(await countReading(t.db, "doc")).toBe(1);
  });
});
