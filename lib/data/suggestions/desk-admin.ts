import type { Db } from "../../db";
import { baseModel } from "../../checkworthiness/model/base-model";
import type { DeskEvaluation } from "../../checkworthiness/model/desk-training";
import { isAdmin } from "../../roles";
import { fail, forbidden, ok, unauthenticated, type Result } from "../../result";
import type { Actor } from "../actor";
import { requeueJob } from "../evidence/jobs";
import { activeModel, labelStatus } from "./desk-model";

const ADMINS_ONLY = "The suggestions model is the admins' to retrain or reset.";

export interface SuggestionsModelStatus {
  inUse: { kind: "base" | "desk" | "cues"; version: string; trainedAt: string; labels: number; threshold: number };
  /** Why the trained weights are not in use, when they are not. */
  problem: string | null;
  /** The desk model's cross-validated figures beside the base model's, on the desk's labels. */
  evaluation: DeskEvaluation | null;
  base: { version: string; labels: number };
  desk: { labels: number; positives: number; missing: number };
  /** A retrain or reset waiting for the worker, or running. */
  pending: { kind: string; status: string; lastError: string | null } | null;
}

/** What /admin/suggestions shows: the model in use, how it does on the desk's labels, and what is queued. */
export async function suggestionsModelStatus(db: Db, actor: Actor | null): Promise<Result<SuggestionsModelStatus>> {
  if (!actor) return unauthenticated();
  if (!isAdmin(actor.role)) return forbidden(ADMINS_ONLY);
  const [active, desk, jobs] = await Promise.all([
    activeModel(db),
    labelStatus(db),
    db.job.findMany({
      where: { kind: { in: ["suggestions-retrain", "suggestions-reset"] }, status: { in: ["QUEUED", "RUNNING"] } },
      select: { kind: true, status: true, lastError: true },
    }),
  ]);
  const { model } = active;
  const base = baseModel().model;
  return ok({
    inUse: {
      kind: model.kind,
      version: model.version,
      trainedAt: model.trainedAt,
      labels: model.labels,
      threshold: model.threshold,
    },
    problem: active.problem ?? baseModel().problem,
    evaluation: model.kind === "desk" ? active.evaluation : null,
    base: { version: base.version, labels: base.labels },
    desk,
    pending: jobs[0] ?? null,
  });
}

/** "Retrain now": queued for the worker; with too few labels, says how many more are needed and queues nothing. */
export async function requestRetrain(db: Db, actor: Actor | null): Promise<Result<{ queued: true; message: string }>> {
  if (!actor) return unauthenticated();
  if (!isAdmin(actor.role)) return forbidden(ADMINS_ONLY);
  const { labels, missing } = await labelStatus(db);
  if (missing > 0)
    return fail(
      409,
      `Training needs ${missing} more labels (flagged claims and dismissed suggestions, with at least 5 of each); the desk has ${labels}. Nothing was changed.`,
    );
  await requeueJob(db, "suggestions-retrain", "suggestions-retrain", { by: actor.id }, actor.id);
  return ok({ queued: true, message: `Retraining on ${labels} labels: the worker will put the new model in use.` });
}

/** "Reset to the base model": queued for the worker, which retires the desk's models and re-scores. */
export async function requestReset(db: Db, actor: Actor | null): Promise<Result<{ queued: true; message: string }>> {
  if (!actor) return unauthenticated();
  if (!isAdmin(actor.role)) return forbidden(ADMINS_ONLY);
  await requeueJob(db, "suggestions-reset", "suggestions-reset", { by: actor.id }, actor.id);
  return ok({ queued: true, message: "Going back to the base model: the worker re-scores the documents with it." });
}
