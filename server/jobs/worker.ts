import os from "node:os";
import type { Db } from "@/lib/db";
import { captureQuotaRefusal, type CaptureQuotas } from "@/lib/data/evidence/capture-quota";
import {
  captureBytes,
  captureForRecheck,
  markCapturing,
  queueRechecks,
  saveCaptureFailure,
  saveCaptureResult,
  saveRecheck,
} from "@/lib/data/evidence/captures";
import {
  claimNextJob,
  completeJob,
  failJob,
  requeueJob,
  requeueStuckJobs,
  type ClaimedJob,
} from "@/lib/data/evidence/jobs";
import { RETRAIN_EVERY, resetToBaseModel, retrainDeskModel, retrainDue } from "@/lib/data/suggestions/desk-model";
import { capturePage } from "../capture/capture-page";
import { recheckSource } from "../capture/recheck-source";

export interface WorkerOptions {
  chromiumPath: string;
  allowPrivateHosts: boolean;
  maxCaptureBytes: number;
  captureQuotas: CaptureQuotas;
  concurrency: number;
  recheckHours: number;
  /** Queue a suggestions retrain when enough new labels arrived (lib/data/suggestions/desk-model.ts). */
  autoRetrain?: boolean;
  /** How long a job may run before another worker takes it as abandoned. */
  jobTimeoutMs?: number;
  pollMs?: number;
  log?: (line: string) => void;
}

const RECHECK_SWEEP_MS = 10 * 60_000;
const RETRAIN_CHECK_MS = 60_000;

/** Runs one job; throws with a reason a person can read when it fails. */
async function run(db: Db, job: ClaimedJob, options: WorkerOptions): Promise<void> {
  const captureId = String(job.payload.captureId ?? "");
  if (job.kind === "capture") {
    const target = await markCapturing(db, captureId);
    if (!target) return; // the capture is gone: nothing to do
    const result = await capturePage(target.url, {
      chromiumPath: options.chromiumPath,
      allowPrivateHosts: options.allowPrivateHosts,
      maxBytes: options.maxCaptureBytes,
    });
    const refused = await captureQuotaRefusal(db, target, captureBytes(result), options.captureQuotas);
    // Over a quota is an answer, not a failure to retry: the source says so, with "Try again".
    if (refused) await saveCaptureFailure(db, captureId, refused, true);
    else await saveCaptureResult(db, captureId, result);
    return;
  }
  if (job.kind === "recheck") {
    const capture = await captureForRecheck(db, captureId);
    if (!capture || capture.text === null) return;
    await saveRecheck(db, captureId, await recheckSource(capture.url, capture.text, options.allowPrivateHosts));
    return;
  }
  if (job.kind === "suggestions-retrain") {
    const result = await retrainDeskModel(db, String(job.payload.by ?? "") || null);
    // Too few labels is an answer, not a failure to retry: the admin page shows how many are missing.
    if (result.ok) options.log?.(`suggestions: trained ${result.version} on ${result.labels} labels`);
    return;
  }
  if (job.kind === "suggestions-reset") {
    await resetToBaseModel(db, String(job.payload.by ?? "") || null);
    return;
  }
  throw new Error(`Unknown job kind "${job.kind}".`);
}

/**
 * The background worker: takes due jobs from the database queue (lib/data/evidence/jobs.ts), at most
 * `concurrency` at a time, retries failures with back-off (3 tries), takes back jobs whose
 * worker died (RUNNING past the timeout), and queues the scheduled re-checks of cited sources.
 * Several workers (one per instance) share the queue safely.
 */
export function startWorker(db: Db, options: WorkerOptions): { stop: () => Promise<void> } {
  const workerId = `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const log = options.log ?? ((line: string) => console.log(`claimmark worker: ${line}`));
  const running = new Set<Promise<void>>();
  let stopped = false;
  let lastSweep = 0;
  let lastRetrainCheck = 0;
  // The label count a retrain was last queued at: one that could not train (too few of a kind)
  // is not queued again every minute until more labels arrive.
  let queuedAtEvents = -1;
  let timer: NodeJS.Timeout | undefined;

  const runJob = async (job: ClaimedJob) => {
    try {
      await run(db, job, options);
      await completeJob(db, job, workerId);
    } catch (error) {
      const reason = (error as Error).message.split("\n")[0] ?? "unknown error";
      const last = await failJob(db, job, workerId, reason);
      if (job.kind === "capture")
        await saveCaptureFailure(db, String(job.payload.captureId ?? ""), reason, last).catch(() => undefined);
      log(`${job.kind} job ${job.id} failed (try ${job.attempts} of ${job.maxAttempts}): ${reason}`);
    }
  };

  const tick = async () => {
    if (stopped) return;
    try {
      const failed = await requeueStuckJobs(db, options.jobTimeoutMs ?? 120_000);
      for (const id of failed) {
        const job = await db.job.findUnique({ where: { id }, select: { kind: true, payload: true } });
        if (job?.kind === "capture")
          await saveCaptureFailure(
            db,
            String((JSON.parse(job.payload) as { captureId?: string }).captureId ?? ""),
            "The capture did not finish (timed out three times).",
            true,
          ).catch(() => undefined);
      }
      if (Date.now() - lastSweep > RECHECK_SWEEP_MS) {
        lastSweep = Date.now();
        const queued = await queueRechecks(db, options.recheckHours);
        if (queued > 0) log(`queued ${queued} source re-checks`);
      }
      if (options.autoRetrain !== false && Date.now() - lastRetrainCheck > RETRAIN_CHECK_MS) {
        lastRetrainCheck = Date.now();
        const { due, events } = await retrainDue(db);
        if (due && events >= queuedAtEvents + RETRAIN_EVERY) {
          queuedAtEvents = events;
          await requeueJob(db, "suggestions-retrain", "suggestions-retrain", {});
          log(`queued a suggestions retrain (${events} labels and dismissals)`);
        }
      }
      while (!stopped && running.size < options.concurrency) {
        const job = await claimNextJob(db, workerId);
        if (!job) break;
        const promise = runJob(job).finally(() => running.delete(promise));
        running.add(promise);
      }
    } catch (error) {
      log(`queue error: ${(error as Error).message.split("\n")[0]}`);
    }
    if (!stopped) timer = setTimeout(() => void tick(), options.pollMs ?? 1000);
  };
  void tick();
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await Promise.allSettled([...running]);
    },
  };
}
