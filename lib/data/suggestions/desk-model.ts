import { overlapsAny } from "../../text/ranges";
import type { Db } from "../../db";
import { baseModel, type LoadedModel } from "../../checkworthiness/model/base-model";
import type { CheckworthinessModel } from "../../checkworthiness/model/checkworthiness-model";
import { labelsMissing, trainDeskModel, type DeskEvaluation } from "../../checkworthiness/model/desk-training";
import { parseModel, serialiseModel } from "../../checkworthiness/model/model-file";
import type { LabelledText } from "../../checkworthiness/model/train-model";
import { recordEvent } from "../events/record-event";
import { writeInBatches } from "../write-in-batches";
import { headingLinesOfJson, sentenceScoreRows } from "../../checkworthiness/score-rows";

/** The model in use and, for a desk model, its row. */
export interface ActiveModel extends LoadedModel {
  trainedById: string | null;
  evaluation: DeskEvaluation | null;
  /** A desk model as stored (model-file JSON), handed on as it is (the import child scores with it). */
  stored: string | null;
}

/** A desk model's evaluation column, with the label count it was trained at; null when unreadable. */
type StoredEvaluation = DeskEvaluation & { labelEvents?: number };
function readEvaluation(json: string): StoredEvaluation | null {
  try {
    return JSON.parse(json) as StoredEvaluation;
  } catch {
    return null;
  }
}

/** The newest desk model not retired (the one in use), or null: the base model is. */
const newestDeskModel = (db: Db) =>
  db.suggestionModel.findFirst({
    where: { retiredAt: null },
    orderBy: { trainedAt: "desc" },
    select: { id: true, evaluation: true },
  });

// The parsed desk model of each database, kept while it is the newest: parsing 2^20 weights on
// every import would cost more than the scoring.
const cache = new WeakMap<Db, { id: string; active: ActiveModel }>();

/**
 * The model suggestions are scored with: the newest desk model not retired, else the base
 * model. A desk model that cannot be read falls back to the base model, with one log line and
 * the reason on /admin/suggestions.
 */
export async function activeModel(db: Db): Promise<ActiveModel> {
  const newest = await newestDeskModel(db);
  if (!newest) return { ...baseModel(), trainedById: null, evaluation: null, stored: null };
  const cached = cache.get(db);
  if (cached?.id === newest.id) return cached.active;
  const row = await db.suggestionModel.findUniqueOrThrow({ where: { id: newest.id } });
  const parsed = parseModel(row.weights);
  const evaluation = readEvaluation(row.evaluation);
  let active: ActiveModel;
  if (parsed.ok)
    active = { model: parsed.model, problem: null, trainedById: row.trainedById, evaluation, stored: row.weights };
  else {
    const problem = `the desk's model ${row.version} cannot be read (${parsed.reason}); scoring with the base model`;
    console.warn(`Suggestions: ${problem}.`);
    active = { model: baseModel().model, problem, trainedById: row.trainedById, evaluation, stored: null };
  }
  cache.set(db, { id: newest.id, active });
  return active;
}

/**
 * The desk's labels: every sentence a live claim is flagged on is check-worthy, every dismissed
 * suggestion is not (a sentence both flagged and dismissed counts as flagged). One label per
 * distinct wording, so a sentence kept through ten revisions counts once.
 */
export async function deskLabels(db: Db): Promise<LabelledText[]> {
  const labels = new Map<string, boolean>();
  const dismissed = await db.sentenceScore.findMany({
    where: { dismissedAt: { not: null } },
    select: { text: true },
  });
  for (const row of dismissed) labels.set(row.text, false);
  const live = { withdrawnAt: null, anchorState: { not: "orphaned" } };
  const documents = await db.document.findMany({
    where: { claims: { some: live } },
    select: { id: true, currentRevision: true },
  });
  // A document at a time: read with every document's claims at once, a desk of a million claims
  // held them all in the worker's memory (591 MB, the benchmark at a million claims).
  for (const document of documents) {
    const [claims, sentences] = await Promise.all([
      db.claim.findMany({ where: { documentId: document.id, ...live }, select: { start: true, end: true } }),
      db.sentenceScore.findMany({
        where: { documentId: document.id, revision: document.currentRevision },
        select: { text: true, start: true, end: true },
      }),
    ]);
    const flagged = overlapsAny(claims);
    for (const sentence of sentences) if (flagged(sentence)) labels.set(sentence.text, true);
  }
  return [...labels].map(([text, positive]) => ({ text, positive }));
}

/**
 * A cheap measure of how much the desk has labelled (live claims plus dismissals), for deciding
 * when to retrain without reading every label: retraining is due when it has grown by
 * RETRAIN_EVERY since the model in use was trained.
 */
export async function labelEventCount(db: Db): Promise<number> {
  const [claims, dismissals] = await Promise.all([
    db.claim.count({ where: { withdrawnAt: null } }),
    db.sentenceScore.count({ where: { dismissedAt: { not: null } } }),
  ]);
  return claims + dismissals;
}

export const RETRAIN_EVERY = 50;

/** Whether enough new labels arrived since the model in use was trained (the worker asks every minute). */
export async function retrainDue(db: Db): Promise<{ due: boolean; events: number }> {
  const [events, newest] = await Promise.all([labelEventCount(db), newestDeskModel(db)]);
  const since = newest ? (readEvaluation(newest.evaluation)?.labelEvents ?? 0) : 0;
  return { due: events - since >= RETRAIN_EVERY, events };
}

/** How many labels training has and how many more it needs (0 when it can go ahead). */
export async function labelStatus(db: Db): Promise<{ labels: number; positives: number; missing: number }> {
  const labels = await deskLabels(db);
  return {
    labels: labels.length,
    positives: labels.filter((l) => l.positive).length,
    missing: labelsMissing(labels),
  };
}

/**
 * Re-scores every document's current revision with a model, in place: the scores, reasons and
 * model version change; dismissals stay.
 */
export async function rescoreCurrentRevisions(db: Db, model: CheckworthinessModel): Promise<number> {
  const documents = await db.document.findMany({ select: { id: true, currentRevision: true } });
  let rescored = 0;
  for (const document of documents) {
    const revision = await db.documentRevision.findUnique({
      where: { documentId_number: { documentId: document.id, number: document.currentRevision } },
      select: { plainText: true, contentJson: true },
    });
    if (!revision) continue;
    const rows = sentenceScoreRows(revision.plainText, headingLinesOfJson(revision.contentJson), model);
    // In batches of their own transactions: a long document's updates in one would hold
    // SQLite's only connection, and every request, for seconds.
    await writeInBatches(rows, (batch) =>
      db.$transaction(async (tx) => {
        for (const row of batch)
          await tx.sentenceScore.updateMany({
            where: { documentId: document.id, revision: document.currentRevision, start: row.start },
            data: { score: row.score, reasons: row.reasons, cues: row.cues, modelVersion: row.modelVersion },
          });
      }),
    );
    rescored++;
  }
  return rescored;
}

/**
 * Trains a desk model on the desk's labels from the base model, puts it in use (older desk
 * models retired), and re-scores the documents with it. Too few labels: says how many more are
 * needed and changes nothing.
 */
export async function retrainDeskModel(
  db: Db,
  trainedById: string | null,
): Promise<{ ok: true; version: string; labels: number } | { ok: false; message: string }> {
  const [labels, labelEvents] = await Promise.all([deskLabels(db), labelEventCount(db)]);
  const missing = labelsMissing(labels);
  if (missing > 0)
    return {
      ok: false,
      message: `Training needs ${missing} more labels (flagged claims and dismissed suggestions, with at least 5 of each); the desk has ${labels.length}. Nothing was changed.`,
    };
  const { model, evaluation } = trainDeskModel(baseModel().model, labels);
  await db.$transaction(async (tx) => {
    const now = new Date();
    await tx.suggestionModel.updateMany({ where: { retiredAt: null }, data: { retiredAt: now } });
    await tx.suggestionModel.upsert({
      where: { version: model.version },
      create: {
        version: model.version,
        trainedAt: new Date(model.trainedAt),
        labels: model.labels,
        weights: JSON.stringify(serialiseModel(model)),
        evaluation: JSON.stringify({ ...evaluation, labelEvents }),
        trainedById,
      },
      // The same labels again make the same model: it is put back in use, not duplicated.
      update: { retiredAt: null, trainedAt: new Date(model.trainedAt), trainedById },
    });
    await recordEvent(tx, {
      actorId: trainedById,
      action: "suggestions.retrain",
      entityType: "suggestion",
      entityId: model.version,
      after: { labels: evaluation.labels, f1: evaluation.desk.f1, baseF1: evaluation.base.f1 },
    });
  });
  await rescoreCurrentRevisions(db, model);
  return { ok: true, version: model.version, labels: model.labels };
}

/** "Reset to the base model": every desk model retired, the documents re-scored with the base. */
export async function resetToBaseModel(db: Db, actorId: string | null): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.suggestionModel.updateMany({ where: { retiredAt: null }, data: { retiredAt: new Date() } });
    await recordEvent(tx, {
      actorId,
      action: "suggestions.reset",
      entityType: "suggestion",
      entityId: baseModel().model.version,
    });
  });
  await rescoreCurrentRevisions(db, baseModel().model);
}
