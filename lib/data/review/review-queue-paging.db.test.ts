import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import { parseQueueFilters, QUEUE_PAGE_SIZE } from "../../review-queue-filters";
import type { Actor } from "../actor";
import { ESSAY_SLUG, makeActor, seededEssay } from "../test-fixtures";
import { listQueue, loadQueueClaims, queueWhere } from "./review-queue";

const CLAIMS = 2 * QUEUE_PAGE_SIZE + 20;

describe.each(databaseKinds())("the review queue's pages on %s", (kind) => {
  let t: TestDatabase;
  let reviewer: Actor;
  let documentId: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await seededEssay(t.db);
    reviewer = await makeActor(t.db, "Rita", "REVIEWER");
    const author = await makeActor(t.db, "Ann");
    const essay = await t.db.document.findUniqueOrThrow({ where: { slug: ESSAY_SLUG } });
    documentId = essay.id;
    // Claims in pairs one minute apart in activity (newest first in the default order): the
    // order must break ties by id, across pages too.
    const base = Date.UTC(2026, 0, 1);
    await t.db.claim.createMany({
      data: Array.from({ length: CLAIMS }, (_, i) => ({
        id: `paged-${String(i).padStart(3, "0")}`,
        documentId: essay.id,
        authorId: author.id,
        exact: essay.plainText.slice(i, i + 30),
        prefix: "",
        suffix: "",
        start: i,
        end: i + 30,
        lastActivityAt: new Date(base + Math.floor(i / 2) * 60_000),
      })),
    });
  });
  afterAll(async () => t.drop());

  const queue = async (query: string) => {
    const page = await listQueue(t.db, reviewer, parseQueueFilters(new URLSearchParams(`assignee=any&${query}`), null));
    if (!page.ok) throw new Error(page.message);
    return page.data;
  };

  it("pages by key: every claim once, in order, forwards and back, with the page numbers people see", async () => {
    const first = await queue("");
    expect(first).toMatchObject({ total: CLAIMS, more: false, page: 1, pages: 3, previousBefore: null });
    expect(first.rows).toHaveLength(QUEUE_PAGE_SIZE);
    const second = await queue(`page=2&after=${first.nextAfter}`);
    expect(second).toMatchObject({ page: 2, pages: 3 });
    const third = await queue(`page=3&after=${second.nextAfter}`);
    expect(third.rows).toHaveLength(CLAIMS - 2 * QUEUE_PAGE_SIZE);
    expect(third.nextAfter).toBeNull();

    const seen = [...first.rows, ...second.rows, ...third.rows].map((r) => r.id);
    expect(new Set(seen).size).toBe(CLAIMS);
    const times = [...first.rows, ...second.rows, ...third.rows].map((r) => r.lastActivityAt);
    expect([...times].sort().reverse()).toEqual(times);

    // Back from the third page: the second page again, then the first (which needs no cursor).
    const back = await queue(`page=2&before=${third.previousBefore}`);
    expect(back.rows.map((r) => r.id)).toEqual(second.rows.map((r) => r.id));
    expect(back).toMatchObject({ page: 2, nextAfter: second.nextAfter, previousBefore: second.rows[0]!.id });
    const start = await queue(`before=${back.previousBefore}`);
    expect(start.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
    expect(start.page).toBe(1);
  });

  it("starts over at the first page when the cursor names no claim, and reads an old page number by offset", async () => {
    const unknown = await queue("page=2&after=no-such-claim");
    expect(unknown.page).toBe(1);
    expect(unknown.rows).toHaveLength(QUEUE_PAGE_SIZE);
    const old = await queue("page=3");
    expect(old.page).toBe(3);
    expect(old.rows).toHaveLength(CLAIMS - 2 * QUEUE_PAGE_SIZE);
    const pastTheEnd = await queue("page=40");
    expect(pastTheEnd.page).toBe(3);
    expect(pastTheEnd.rows.map((r) => r.id)).toEqual(old.rows.map((r) => r.id));
  });

  it("stops counting at the cap and says there are more", async () => {
    const filters = parseQueueFilters(new URLSearchParams("assignee=any"), null);
    const capped = await loadQueueClaims(t.db, queueWhere(filters, reviewer.id, [documentId]), filters, 100);
    expect(capped).toMatchObject({ total: 100, more: true, pages: null });
    expect(capped.nextAfter).not.toBeNull();
  });
});
