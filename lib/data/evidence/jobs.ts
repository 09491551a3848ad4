import type { Db, Tx } from "../../db";
import { isPostgresDb } from "../../db/client";

export type JobKind = "capture" | "recheck" | "suggestions-retrain" | "suggestions-reset";
export const JOB_STATUSES = ["QUEUED", "RUNNING", "DONE", "FAILED"] as const;

export interface ClaimedJob {
  id: string;
  kind: JobKind;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

/** The owner of work nobody asked for (the daily re-checks): it takes its turn as one more person. */
const SYSTEM = "";

/**
 * Queues a job under a stable id unless one with that id exists already (queued, running or
 * done): two notes citing the same page in one day share one capture job. True when it was queued.
 */
export async function enqueueOnce(
  db: Db | Tx,
  kind: JobKind,
  id: string,
  payload: Record<string, unknown>,
  /** Who asked for it: workers take turns between people (claimNextJob); "" for the system's own work. */
  ownerId = SYSTEM,
): Promise<boolean> {
  if (await db.job.findUnique({ where: { id }, select: { id: true } })) return false;
  // An upsert, not a plain insert: inside a PostgreSQL transaction a failed insert would abort it.
  await db.job.upsert({
    where: { id },
    create: { id, kind, payload: JSON.stringify(payload), ownerId },
    update: {},
  });
  return true;
}

/** Queues a job afresh under its stable id, its tries reset ("Try again"), creating it when it is gone. */
export async function requeueJob(
  tx: Tx,
  kind: JobKind,
  id: string,
  payload: Record<string, unknown>,
  ownerId = SYSTEM,
): Promise<void> {
  await tx.job.upsert({
    where: { id },
    create: { id, kind, payload: JSON.stringify(payload), ownerId },
    update: {
      status: "QUEUED",
      payload: JSON.stringify(payload),
      attempts: 0,
      runAfter: new Date(),
      lockedBy: null,
      lastError: null,
      ownerId,
    },
  });
}

const toClaimed = (row: {
  id: string;
  kind: string;
  payload: string;
  attempts: number;
  maxAttempts: number;
}): ClaimedJob => ({
  id: row.id,
  kind: row.kind as JobKind,
  payload: JSON.parse(row.payload) as Record<string, unknown>,
  attempts: row.attempts,
  maxAttempts: row.maxAttempts,
});

/**
 * Takes the next due job for a worker, or null, taking turns between the people who asked:
 * the due job of whoever was served longest ago (or never) goes first (work nobody asked for,
 * like the daily re-checks, takes its turn as one more person), so one person's hundreds
 * of captures never hold up a colleague's one. On PostgreSQL the row is locked with FOR UPDATE
 * SKIP LOCKED, so workers in several instances each take a different job without waiting on
 * each other. On SQLite (one writer at a time) the update only succeeds while the job is still
 * queued; a lost race tries the next one.
 */
export async function claimNextJob(db: Db, workerId: string, now = new Date()): Promise<ClaimedJob | null> {
  const claim = { status: "RUNNING", lockedBy: workerId, lockedAt: now, attempts: { increment: 1 } } as const;
  if (isPostgresDb(db)) {
    return db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT j."id" FROM "Job" j WHERE j."status" = 'QUEUED' AND j."runAfter" <= ${now}
        ORDER BY (SELECT MAX(o."lockedAt") FROM "Job" o WHERE o."ownerId" = j."ownerId") ASC NULLS FIRST,
          j."runAfter", j."createdAt"
        LIMIT 1 FOR UPDATE OF j SKIP LOCKED`;
      if (!rows[0]) return null;
      return toClaimed(await tx.job.update({ where: { id: rows[0].id }, data: claim }));
    });
  }
  for (let tries = 0; tries < 5; tries++) {
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT j."id" FROM "Job" j WHERE j."status" = 'QUEUED' AND j."runAfter" <= ${now}
      ORDER BY (SELECT MAX(o."lockedAt") FROM "Job" o WHERE o."ownerId" = j."ownerId") ASC NULLS FIRST,
        j."runAfter", j."createdAt"
      LIMIT 1`;
    const next = rows[0];
    if (!next) return null;
    const taken = await db.job.updateMany({ where: { id: next.id, status: "QUEUED" }, data: claim });
    if (taken.count === 1) return toClaimed(await db.job.findUniqueOrThrow({ where: { id: next.id } }));
  }
  return null;
}

/**
 * The job is done. Only its own worker's claim can finish it (a job re-queued as stuck belongs to someone else now).
 */
export async function completeJob(db: Db, job: ClaimedJob, workerId: string): Promise<void> {
  await db.job.updateMany({
    where: { id: job.id, lockedBy: workerId, status: "RUNNING" },
    data: { status: "DONE", lockedBy: null, lastError: null },
  });
}

/** Seconds to wait before try n+1: 10 s, 40 s, 160 s… */
export const backoffSeconds = (attempts: number) => 10 * 4 ** Math.max(0, attempts - 1);

/**
 * The job failed: queued again after a back-off while it has tries left, else FAILED for good.
 * Returns whether that was its last try.
 */
export async function failJob(
  db: Db,
  job: ClaimedJob,
  workerId: string,
  error: string,
  now = new Date(),
): Promise<boolean> {
  const last = job.attempts >= job.maxAttempts;
  await db.job.updateMany({
    where: { id: job.id, lockedBy: workerId, status: "RUNNING" },
    data: last
      ? { status: "FAILED", lockedBy: null, lastError: error }
      : {
          status: "QUEUED",
          lockedBy: null,
          lastError: error,
          runAfter: new Date(now.getTime() + backoffSeconds(job.attempts) * 1000),
        },
  });
  return last;
}

/**
 * Jobs whose worker stopped answering (killed mid-job, a machine lost): RUNNING past the
 * timeout. They are queued again while they have tries left, else FAILED. Any worker may
 * sweep; the status condition makes two sweeps harmless. Returns the ids of jobs failed for good.
 */
export async function requeueStuckJobs(db: Db, timeoutMs: number, now = new Date()): Promise<string[]> {
  const cutoff = new Date(now.getTime() - timeoutMs);
  const stuck = await db.job.findMany({
    where: { status: "RUNNING", lockedAt: { lt: cutoff } },
    select: { id: true, attempts: true, maxAttempts: true },
  });
  const failed: string[] = [];
  for (const job of stuck) {
    const last = job.attempts >= job.maxAttempts;
    const moved = await db.job.updateMany({
      where: { id: job.id, status: "RUNNING", lockedAt: { lt: cutoff } },
      data: last
        ? { status: "FAILED", lockedBy: null, lastError: "The worker stopped before finishing (timed out)." }
        : {
            status: "QUEUED",
            lockedBy: null,
            lastError: "The worker stopped before finishing; retried.",
            runAfter: now,
          },
    });
    if (moved.count === 1 && last) failed.push(job.id);
  }
  return failed;
}

export interface JobRow {
  id: string;
  kind: string;
  status: string;
  attempts: number;
  maxAttempts: number;
  runAfter: Date;
  lockedBy: string | null;
  lastError: string | null;
  payload: string;
  updatedAt: Date;
}

/** Queued, running and failed jobs for the admin page (done ones are only counted). */
export async function listJobs(db: Db, take = 100): Promise<{ counts: Record<string, number>; jobs: JobRow[] }> {
  const [grouped, jobs] = await Promise.all([
    db.job.groupBy({ by: ["status"], _count: { _all: true } }),
    db.job.findMany({
      where: { status: { in: ["QUEUED", "RUNNING", "FAILED"] } },
      orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
      take,
    }),
  ]);
  const counts = Object.fromEntries(
    JOB_STATUSES.map((s) => [s, grouped.find((g) => g.status === s)?._count._all ?? 0]),
  );
  return { counts, jobs };
}
