import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db/client";
import { databaseTargetFrom } from "../../db/database-url";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import type { Actor } from "../actor";
import {
  capturesForUrls,
  MAX_WAITING_CAPTURES,
  queueRechecks,
  requestCaptures,
  retryCapture,
  saveCaptureFailure,
  saveRecheck,
} from "./captures";
import { flagClaim } from "../claims/claims";
import { claimNextJob, completeJob, failJob, requeueStuckJobs } from "./jobs";
import { addNote, editNote } from "../notes/notes";
import { listQueue } from "../review/review-queue";
import { parseQueueFilters } from "../../review-queue-filters";
import { ESSAY_SLUG, makeActor, seededEssay } from "../test-fixtures";

describe.each(databaseKinds())("capture jobs on %s", (kind) => {
  let t: TestDatabase;
  let annotator: Actor;
  let reviewer: Actor;
  let offsets: Awaited<ReturnType<typeof seededEssay>>["offsetsOf"];

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    annotator = await makeActor(t.db, "Ann");
    reviewer = await makeActor(t.db, "Rita", "REVIEWER");
    offsets = (await seededEssay(t.db)).offsetsOf;
  });
  afterAll(async () => t.drop());
  const clearJobs = () => t.db.job.deleteMany({});

  it("takes turns between people: one person's many captures do not hold up a colleague's", async () => {
    await clearJobs();
    const many = Array.from({ length: 12 }, (_, i) => `https://example.org/many-${i}`);
    await t.db.$transaction((tx) => requestCaptures(tx, many, { ownerId: annotator.id }));
    await t.db.$transaction((tx) => requestCaptures(tx, ["https://example.org/colleague"], { ownerId: reviewer.id }));
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      const job = await claimNextJob(t.db, "w1", new Date(Date.now() + i * 1000));
      const capture = await t.db.sourceCapture.findUniqueOrThrow({ where: { id: String(job!.payload.captureId) } });
      order.push(capture.url);
      await completeJob(t.db, job!, "w1");
    }
    // The colleague's one page comes second, not thirteenth.
    expect(order[1]).toBe("https://example.org/colleague");
    expect(order.filter((url) => url.includes("many-"))).toHaveLength(3);
  });

  it("caps the captures one person may have waiting; the note saves, the page says why and can be tried again", async () => {
    await clearJobs();
    const urls = Array.from({ length: MAX_WAITING_CAPTURES + 2 }, (_, i) => `https://example.org/cap-${i}`);
    await t.db.$transaction((tx) => requestCaptures(tx, urls, { ownerId: annotator.id }), { timeout: 60_000 });
    expect(await t.db.job.count({ where: { ownerId: annotator.id, status: "QUEUED" } })).toBe(MAX_WAITING_CAPTURES);
    const views = await capturesForUrls(t.db, urls.slice(-2));
    for (const url of urls.slice(-2)) {
      expect(views[url]).toMatchObject({
        status: "FAILED",
        error: expect.stringContaining("captures waiting already"),
      });
    }
  });

  it("queues one capture per cited address and day, in the note's own transaction", async () => {
    await clearJobs();
    const claim = await flagClaim(
      t.db,
      annotator,
      ESSAY_SLUG,
      offsets("Nvidia has long dominated the AI computing market"),
    );
    if (!claim.ok) throw new Error(claim.message);
    const sources = [
      { url: "https://example.org/nvidia-share" },
      { url: "https://example.org/nvidia-share" },
      { url: "https://example.org/other" },
    ];
    const note = await addNote(t.db, annotator, claim.data.id, {
      verdict: "MOSTLY_TRUE",
      rationale: "Market data.",
      sources,
    });
    if (!note.ok) throw new Error(note.message);
    // Cited again in an edit and in another note: still one capture each for today.
    expect(
      (
        await editNote(t.db, annotator, note.data.id, {
          verdict: "TRUE",
          rationale: "Market data, again.",
          sources: sources.slice(0, 1),
        })
      ).ok,
    ).toBe(true);
    expect(await t.db.sourceCapture.count({ where: { url: "https://example.org/nvidia-share" } })).toBe(1);
    expect(await t.db.sourceCapture.count({ where: { url: "https://example.org/other" } })).toBe(1);
    expect(await t.db.job.count({ where: { kind: "capture", status: "QUEUED" } })).toBe(2);
    const views = await capturesForUrls(t.db, ["https://example.org/nvidia-share"]);
    expect(views["https://example.org/nvidia-share"]).toMatchObject({ status: "QUEUED", files: [] });
  });

  it("a job whose worker died is taken back and retried, and fails for good after three tries", async () => {
    await clearJobs();
    // Asked for by the essay (as a note on it would): "Try again" is for the essay's workspace's members.
    const essay = await t.db.document.findUniqueOrThrow({ where: { slug: ESSAY_SLUG } });
    await t.db.$transaction((tx) =>
      requestCaptures(tx, ["https://example.org/killed-mid-job"], { documentId: essay.id }),
    );
    const captureId = (
      await t.db.sourceCapture.findFirstOrThrow({ where: { url: "https://example.org/killed-mid-job" } })
    ).id;
    let clock = Date.now();
    for (let attempt = 1; attempt <= 3; attempt++) {
      const job = await claimNextJob(t.db, `worker-${attempt}`, new Date(clock));
      expect(job).toMatchObject({ kind: "capture", payload: { captureId }, attempts: attempt });
      // Nobody else takes a running job.
      expect(await claimNextJob(t.db, "bystander", new Date(clock))).toBeNull();
      // The worker "dies": it never completes. A minute later, any worker sweeps.
      clock += 61_000;
      const failedForGood = await requeueStuckJobs(t.db, 60_000, new Date(clock));
      expect(failedForGood).toEqual(attempt === 3 ? [job!.id] : []);
    }
    expect(await t.db.job.findFirstOrThrow({ where: { kind: "capture" } })).toMatchObject({
      status: "FAILED",
      attempts: 3,
    });
    // A late completion by the worker that lost the job changes nothing.
    await completeJob(
      t.db,
      { id: (await t.db.job.findFirstOrThrow({})).id, kind: "capture", payload: {}, attempts: 1, maxAttempts: 3 },
      "worker-1",
    );
    expect(await t.db.job.findFirstOrThrow({})).toMatchObject({ status: "FAILED" });

    // "Try again" queues it afresh with its tries reset.
    await saveCaptureFailure(t.db, captureId, "The page did not finish loading within 20 s.", true);
    expect(await retryCapture(t.db, null, captureId)).toMatchObject({ ok: false, status: 401 });
    expect(await retryCapture(t.db, annotator, captureId)).toMatchObject({ ok: true, data: { status: "QUEUED" } });
    expect(await t.db.job.findFirstOrThrow({})).toMatchObject({ status: "QUEUED", attempts: 0 });
    expect(await retryCapture(t.db, annotator, captureId)).toMatchObject({ ok: false, status: 409 });
  });

  it("a failed try waits before the next, longer each time", async () => {
    await clearJobs();
    await t.db.$transaction((tx) => requestCaptures(tx, ["https://example.org/backoff"]));
    const now = new Date();
    const job = (await claimNextJob(t.db, "w", now))!;
    expect(await failJob(t.db, job, "w", "The site answered 503.", now)).toBe(false);
    const queued = await t.db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(queued.status).toBe("QUEUED");
    expect(queued.runAfter.getTime()).toBeGreaterThanOrEqual(now.getTime() + 10_000);
    expect(await claimNextJob(t.db, "w", now)).toBeNull();
    expect(await claimNextJob(t.db, "w", new Date(now.getTime() + 11_000))).toMatchObject({ id: job.id, attempts: 2 });
  });

  // On SQLite one worker runs the jobs (beside the server, in its own process); several
  // workers share a queue only on PostgreSQL, which is what FOR UPDATE SKIP LOCKED is for.
  it.runIf(kind === "postgres")("two workers on one PostgreSQL never take the same job", async () => {
    await clearJobs();
    await t.db.$transaction((tx) =>
      requestCaptures(
        tx,
        Array.from({ length: 30 }, (_, i) => `https://example.org/parallel/${i}`),
      ),
    );
    const other = createDb(databaseTargetFrom({ DATABASE_URL: t.url }));
    try {
      const take = async (db: typeof t.db, name: string) => {
        const taken: string[] = [];
        for (let job = await claimNextJob(db, name); job; job = await claimNextJob(db, name)) taken.push(job.id);
        return taken;
      };
      const [a, b] = await Promise.all([take(t.db, "a"), take(other, "b")]);
      expect(a.length + b.length).toBe(30);
      expect(new Set([...a, ...b]).size).toBe(30);
      expect(a.filter((id) => b.includes(id))).toEqual([]);
    } finally {
      await other.$disconnect();
    }
  });

  it("a source that changed since its capture puts its claim under Sources changed", async () => {
    await clearJobs();
    const claim = await flagClaim(t.db, annotator, ESSAY_SLUG, offsets("Apple has closed the entire stack of chips"));
    if (!claim.ok) throw new Error(claim.message);
    expect(
      (
        await addNote(t.db, annotator, claim.data.id, {
          verdict: "TRUE",
          rationale: "Apple's site.",
          sources: [{ url: "https://example.org/apple-stack" }],
        })
      ).ok,
    ).toBe(true);
    const capture = await t.db.sourceCapture.findFirstOrThrow({ where: { url: "https://example.org/apple-stack" } });
    await t.db.sourceCapture.update({
      where: { id: capture.id },
      data: { status: "CAPTURED", capturedAt: new Date(Date.now() - 48 * 3_600_000), text: "Apple designs its chips." },
    });
    const filters = parseQueueFilters(new URLSearchParams("assignee=any&sources=changed"), null);
    const before = await listQueue(t.db, reviewer, filters);
    expect(before.ok && before.data.rows.map((r) => r.id)).not.toContain(claim.data.id);

    // The daily sweep queues its re-check once, however many times it runs within the hour.
    expect(await queueRechecks(t.db, 24)).toBeGreaterThanOrEqual(1);
    expect(await queueRechecks(t.db, 24)).toBe(0);
    await saveRecheck(t.db, capture.id, {
      state: "CHANGED",
      diff: [
        [0, "Apple "],
        [-1, "designs"],
        [1, "buys"],
        [0, " its chips."],
      ],
      added: 4,
      removed: 7,
    });
    const after = await listQueue(t.db, reviewer, filters);
    expect(after.ok && after.data.rows.map((r) => r.id)).toContain(claim.data.id);
    const views = await capturesForUrls(t.db, ["https://example.org/apple-stack"]);
    expect(views["https://example.org/apple-stack"]).toMatchObject({
      status: "CAPTURED",
      recheckState: "CHANGED",
      recheckDiff: [
        [0, "Apple "],
        [-1, "designs"],
        [1, "buys"],
        [0, " its chips."],
      ],
    });
  });
});
