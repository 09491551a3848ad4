// The process's one watcher over the change feed, against a real database: where it starts
// reading when the first stream opens, and how it works through a burst of writes. Its own
// interval is faked (and never advanced unless a test says so), so what is heard comes from
// the polls these rules make, not from waiting long enough.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { DocumentChange } from "@/lib/data/live/change-feed";
import type { Db } from "@/lib/db";
import { createTestDatabase, databaseKinds, type TestDatabase } from "@/lib/db/test-databases";
import { ALL_DOCUMENTS, changeWatcher } from "./change-watcher";

const registry = globalThis as { claimmarkDb?: Promise<Db> };

describe.each(databaseKinds())("the change watcher on %s", (kind) => {
  let t: TestDatabase;
  const databaseUrl = process.env.DATABASE_URL;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    // The watcher reads through the app's one client, and its interval and LISTEN follow DATABASE_URL.
    registry.claimmarkDb = Promise.resolve(t.db);
    if (kind === "postgres") process.env.DATABASE_URL = t.url;
    else delete process.env.DATABASE_URL;
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
  });
  afterAll(async () => {
    vi.useRealTimers();
    delete registry.claimmarkDb;
    if (databaseUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = databaseUrl;
    await t.drop();
  });

  const closers: (() => void)[] = [];
  afterEach(() => closers.splice(0).forEach((close) => close()));

  /** `count` changes to `documentId`, in one statement, as the feed's trigger would add them. */
  async function addChanges(documentId: string, count: number): Promise<void> {
    if (kind === "postgres") {
      await t.db.$executeRawUnsafe(
        `INSERT INTO "ChangeFeed" ("eventId", "documentId", "action")
         SELECT 'event-' || g, $1, 'claim.flag' FROM generate_series(1, $2::int) g`,
        documentId,
        count,
      );
    } else {
      await t.db.$executeRawUnsafe(
        `WITH RECURSIVE g(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM g WHERE i < ?)
         INSERT INTO "ChangeFeed" ("eventId", "documentId", "action") SELECT 'event-' || i, ?, 'claim.flag' FROM g`,
        count,
        documentId,
      );
    }
  }

  /** Listens to every document's changes; what it heard, and a wait for a change to `documentId`. */
  function listen() {
    const heard: DocumentChange[] = [];
    closers.push(changeWatcher().subscribe(ALL_DOCUMENTS, (change) => heard.push(change)));
    // Not vi.waitFor: under fake timers it advances them itself, the very ticks these tests withhold.
    const until = async (documentId: string) => {
      const deadline = Date.now() + 10_000;
      while (!heard.some((c) => c.documentId === documentId)) {
        if (Date.now() > deadline) throw new Error(`no change to ${documentId} heard in 10 s`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    return { heard, until };
  }

  /** The first poll after a start reads where the feed ends; let it finish before writing. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it("starts again from the feed's end, not from where it stopped: the changes nobody listened to are not worked through", async () => {
    const first = listen();
    await settle();
    await addChanges("doc-opened", 1);
    vi.advanceTimersToNextTimer();
    await first.until("doc-opened");
    closers.splice(0).forEach((close) => close()); // the last stream closes: the watcher stops

    await addChanges("doc-busy", 1500); // meanwhile, elsewhere
    const next = listen();
    await settle();
    await addChanges("doc-read", 1);
    vi.advanceTimersToNextTimer();
    await next.until("doc-read");
    // Only the short tail every poll reads again (for seqs that commit out of order), not pages of it.
    expect(next.heard.filter((c) => c.documentId === "doc-busy").length).toBeLessThanOrEqual(64);
  });

  it("reads a burst of writes page after page at once, so a change behind it is not held for an interval a page", async () => {
    const stream = listen();
    await settle();
    await addChanges("doc-burst", 3500); // three and a half pages of 1,000
    await addChanges("doc-after", 1);
    vi.advanceTimersToNextTimer(); // one tick of the interval, and no other
    await stream.until("doc-after");
    expect(stream.heard.filter((c) => c.documentId === "doc-burst")).toHaveLength(3500);
  });
});
