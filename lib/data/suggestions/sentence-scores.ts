import { overlapsAny } from "../../text/ranges";
import { modelReads } from "../../checkworthiness/model-language";
import { randomUUID } from "node:crypto";
import { directOf, type Db } from "../../db";
import { join, raw, sql } from "../../db/raw-statement";
import { isUniqueViolation } from "../../db/errors";
import { CUES, reasonsFor, scoreBand, type Cue } from "../../checkworthiness/cue-weights";
import { baseModel } from "../../checkworthiness/model/base-model";
import { NEVER_SUGGESTED } from "../../checkworthiness/score";
import { activeModel } from "./desk-model";
import { headingLinesOfJson, sentenceScoreRows, type ScoredRow } from "../../checkworthiness/score-rows";
import { notFound, ok, type Result } from "../../result";
import { writeInBatches } from "../write-in-batches";

/** A suggested claim as the reader and the API show it. */
export interface Suggestion {
  id: string;
  text: string;
  start: number;
  end: number;
  score: number;
  band: "high" | "medium" | "low";
  reasons: string[];
}

/**
 * Stores a revision's scored sentences after the revision's own transaction, in batches
 * (lib/data/write-in-batches.ts): tens of thousands of rows written in one transaction would hold SQLite's single
 * connection, and every other request with it, for seconds. The revision says how many rows it
 * expects (`sentenceCount`), so rows lost to a crash halfway are written by the next reader
 * (ensureScored). Rows already there are kept (with their dismissals); a sentence dismissed in
 * the previous revision with the same words stays dismissed: a new version must not bring back
 * every suggestion the desk already turned down. Another instance writing the same rows at the
 * same moment: the unique (document, revision, start) stops the second, which has nothing to add.
 */
export async function storeSentenceScores(
  db: Db,
  documentId: string,
  revision: number,
  rows: readonly ScoredRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const present = new Set(
    (await db.sentenceScore.findMany({ where: { documentId, revision }, select: { start: true } })).map((r) => r.start),
  );
  const dismissed = new Map<string, { dismissedAt: Date | null; dismissedById: string | null }>();
  if (revision > 1) {
    const earlier = await db.sentenceScore.findMany({
      where: { documentId, revision: revision - 1, dismissedAt: { not: null } },
      select: { text: true, dismissedAt: true, dismissedById: true },
    });
    for (const row of earlier) dismissed.set(row.text, row);
  }
  const data = rows
    .filter((row) => !present.has(row.start))
    .map((row) => ({ documentId, revision, ...row, ...(dismissed.get(row.text) ?? {}) }));
  const now = new Date();
  // Direct statements (lib/db/direct.ts), not createMany: the largest import's 32,000 rows
  // through Prisma took 10 to 12 s and raised the process's memory by 190 to 230 MB while they
  // were written, which is what put the server over 500 MB in npm run bench; this way 2.5 s and
  // 2 to 12 MB, on both databases (measured in one process, the same rows).
  const direct = directOf(db);
  const valuesOf = (row: (typeof data)[number]) =>
    sql`(${randomUUID()}, ${documentId}, ${revision}, ${row.start}, ${row.end}, ${row.text}, ${row.score}, ${row.cues},
      ${row.reasons}, ${row.modelVersion}, ${row.dismissedAt ?? null}, ${row.dismissedById ?? null}, ${now})`;
  try {
    await writeInBatches(data, (batch) =>
      direct.write(sql`INSERT INTO ${SENTENCE_SCORE_COLUMNS} VALUES ${join(batch.map(valuesOf))}`),
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

const SENTENCE_SCORE_COLUMNS = raw(`"SentenceScore" ("id", "documentId", "revision", "start", "end", "text", "score",
  "cues", "reasons", "modelVersion", "dismissedAt", "dismissedById", "createdAt")`);

/**
 * Scores a revision whose rows are missing or short of its `sentenceCount` (documents added
 * before scoring existed, or a write cut off by a crash), with the model in use. Asked on every
 * suggestions list, so the usual answer (all there) reads counts, not the revision's text.
 * Returns how many rows the revision has and the model that scored them.
 */
async function ensureScored(
  db: Db,
  documentId: string,
  revision: number,
): Promise<{ count: number; modelVersion: string | null }> {
  const rowsOf = { documentId, revision };
  const [expected, stored, first] = await Promise.all([
    db.documentRevision.findUnique({
      where: { documentId_number: { documentId, number: revision } },
      select: { sentenceCount: true },
    }),
    db.sentenceScore.count({ where: rowsOf }),
    db.sentenceScore.findFirst({ where: rowsOf, select: { modelVersion: true } }),
  ]);
  if (!expected || (stored > 0 && (expected.sentenceCount === null || stored >= expected.sentenceCount)))
    return { count: stored, modelVersion: first?.modelVersion ?? null };
  const source = await db.documentRevision.findUniqueOrThrow({
    where: { documentId_number: { documentId, number: revision } },
    select: { plainText: true, contentJson: true },
  });
  const { model } = await activeModel(db);
  await storeSentenceScores(
    db,
    documentId,
    revision,
    sentenceScoreRows(source.plainText, headingLinesOfJson(source.contentJson), model),
  );
  return { count: await db.sentenceScore.count({ where: rowsOf }), modelVersion: first?.modelVersion ?? model.version };
}

const cuesOf = (json: string): Cue[] => {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((c): c is Cue => typeof c === "string" && c in CUES) : [];
  } catch {
    return [];
  }
};

/** Reasons stored with the row, or (rows scored by the hand-set cues) derived from its cues. */
function reasonsOf(row: { reasons: string; cues: string }): string[] {
  try {
    const parsed: unknown = JSON.parse(row.reasons);
    if (Array.isArray(parsed) && parsed.length > 0) return parsed.filter((r): r is string => typeof r === "string");
  } catch {
    // An unreadable column falls through to the cues, which every row has.
  }
  return reasonsFor(cuesOf(row.cues));
}

export interface SuggestionList {
  revision: number;
  threshold: number;
  /** The model that scored this revision (lib/checkworthiness/model). */
  modelVersion: string;
  /** How many sentences the revision has: the reader underlines about a quarter of them at most. */
  sentenceCount: number;
  suggestions: Suggestion[];
}

/**
 * The current revision's suggested claims, best first: sentences at or above the threshold of
 * the model in use, not dismissed, not a heading or a question, and not overlapping a claim
 * already flagged (the reader shows those as claims). With `all`, every sentence of the revision in text order, each
 * with its score and whether it would be suggested (for people evaluating the model).
 */
export async function listSuggestions(
  db: Db,
  slug: string,
  options: { threshold?: number; all?: boolean } = {},
): Promise<Result<SuggestionList & { sentences?: (Suggestion & { suggested: boolean; dismissed: boolean })[] }>> {
  // The model in use says where suggestions start: a desk's model carries the threshold its
  // own labels chose (0.5 for the base model).
  const threshold = options.threshold ?? (await activeModel(db)).model.threshold;
  const document = await db.document.findUnique({ where: { slug }, select: { id: true, currentRevision: true } });
  if (!document) return notFound("That document");
  const stored = await ensureScored(db, document.id, document.currentRevision);
  const [rows, claims] = await Promise.all([
    db.sentenceScore.findMany({
      where: {
        documentId: document.id,
        revision: document.currentRevision,
        ...(options.all ? {} : { dismissedAt: null, score: { gte: threshold } }),
      },
      orderBy: options.all ? [{ start: "asc" }] : [{ score: "desc" }, { start: "asc" }],
      select: {
        id: true,
        text: true,
        start: true,
        end: true,
        score: true,
        cues: true,
        reasons: true,
        modelVersion: true,
        dismissedAt: true,
      },
    }),
    db.claim.findMany({
      where: { documentId: document.id, withdrawnAt: null, anchorState: { not: "orphaned" } },
      select: { start: true, end: true },
    }),
  ]);
  const flagged = overlapsAny(claims);
  const isSuggested = (row: (typeof rows)[number]) =>
    row.dismissedAt === null &&
    row.score >= threshold &&
    // The model knows English only: it never judges a sentence in another language by English rules.
    modelReads(row.text) &&
    !cuesOf(row.cues).some((cue) => NEVER_SUGGESTED.includes(cue)) &&
    !flagged(row);
  const asSuggestion = (row: (typeof rows)[number]): Suggestion => ({
    id: row.id,
    text: row.text,
    start: row.start,
    end: row.end,
    score: row.score,
    band: scoreBand(row.score, threshold),
    reasons: reasonsOf(row),
  });
  const sentenceCount = stored.count;
  // The model that scored the revision, whether or not any sentence reached the threshold.
  const modelVersion = stored.modelVersion ?? baseModel().model.version;
  const suggestions = rows.filter(isSuggested).map(asSuggestion);
  if (options.all) {
    suggestions.sort((a, b) => b.score - a.score || a.start - b.start);
    const sentences = rows.map((row) => ({
      ...asSuggestion(row),
      suggested: isSuggested(row),
      dismissed: row.dismissedAt !== null,
    }));
    return ok({ revision: document.currentRevision, threshold, modelVersion, sentenceCount, suggestions, sentences });
  }
  return ok({ revision: document.currentRevision, threshold, modelVersion, sentenceCount, suggestions });
}
