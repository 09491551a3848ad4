import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../db/client";
import { databaseTargetFrom } from "../db/database-url";
import { raw } from "../db/raw-statement";
import { directOf } from "../db";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../db/test-databases";
import { countInWindow } from "./write-counter";

const places = (counts: { points: number }[]) => counts.map((count) => count.points).sort((a, b) => a - b);
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe.each(databaseKinds())("the write counter on %s", (kind) => {
  let t: TestDatabase;
  let other: Db;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    // A second client on the same database: another instance of the app.
    other = createDb(databaseTargetFrom({ DATABASE_URL: t.url }));
  });
  afterAll(async () => {
    await other.$disconnect();
    await t.drop();
  });

  it("gives every request of a burst its own place in the window, across two instances", async () => {
    const burst = await Promise.all(
      Array.from({ length: 60 }, (_, i) => countInWindow(i % 2 ? other : t.db, "write-user", "busy", 60)),
    );
    expect(places(burst)).toEqual(oneTo(60));
    expect((await countInWindow(t.db, "write-user", "busy", 60)).points).toBe(61);
    // Another person's count is their own.
    expect((await countInWindow(other, "write-user", "someone else", 60)).points).toBe(1);
  });

  it("starts a new window once the last one is over", async () => {
    await Promise.all(Array.from({ length: 5 }, () => countInWindow(t.db, "write-user", "brief", 1)));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const next = await Promise.all(Array.from({ length: 3 }, () => countInWindow(t.db, "write-user", "brief", 1)));
    expect(places(next)).toEqual([1, 2, 3]);
    expect(next[0]!.retryAfterSeconds).toBe(1);
  });

  it("tells every waiting request when its count failed, and counts the next ones", async () => {
    const direct = directOf(t.db);
    await direct.write(raw(`ALTER TABLE "RateLimiterFlexible" RENAME TO "RateLimiterAway"`));
    const failed = await Promise.allSettled(
      Array.from({ length: 8 }, () => countInWindow(t.db, "write-user", "unlucky", 60)),
    );
    await direct.write(raw(`ALTER TABLE "RateLimiterAway" RENAME TO "RateLimiterFlexible"`));
    expect(failed.every((outcome) => outcome.status === "rejected")).toBe(true);
    const after = await Promise.all(Array.from({ length: 4 }, () => countInWindow(t.db, "write-user", "unlucky", 60)));
    expect(places(after)).toEqual([1, 2, 3, 4]);
  });
});
