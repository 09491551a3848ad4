import type { Db, Tx } from "../../db";
import {
  CAPTURE_FILES,
  capturableUrls,
  captureDay,
  type CaptureFileName,
  type CaptureStatus,
  type RecheckState,
} from "../../capture/capture-state";
import type { TextChange } from "../../capture/text-change";
import { isAdmin } from "../../roles";
import { fail, forbidden, notFound, ok, unauthenticated, type Result } from "../../result";
import type { Actor } from "../actor";
import { enqueueOnce, requeueJob } from "./jobs";
import { admitToCapture } from "../workspaces/capture-scope";

const captureJobId = (captureId: string) => `capture-${captureId}`;

/**
 * Asks for a capture of each cited http(s) address, in the caller's transaction (the note and
 * its capture jobs are saved together). One capture per address and UTC day: a source cited
 * again the same day shares the first capture, and its job is not queued twice. Saving never
 * waits for the capture itself, which a worker takes from the job queue.
 */
export async function requestCaptures(
  tx: Tx,
  urls: Iterable<string>,
  {
    now = new Date(),
    ownerId = "",
    documentId,
  }: {
    now?: Date;
    /** Who cites them: workers take turns between people, and each may have MAX_WAITING_CAPTURES waiting. */
    ownerId?: string;
    /** The document citing them: a capture counts against the quota of the document that asked first. */
    documentId?: string;
  } = {},
): Promise<void> {
  const day = captureDay(now);
  // Counted once; each job queued below adds to it.
  let waiting = ownerId ? await waitingCaptures(tx, ownerId) : 0;
  for (const url of capturableUrls(urls)) {
    const capture = await tx.sourceCapture.upsert({
      where: { url_day: { url, day } },
      create: { url, day, documentId },
      update: {},
      select: { id: true, status: true },
    });
    if (ownerId && capture.status === "QUEUED" && waiting >= MAX_WAITING_CAPTURES) {
      // The note is saved; this page is not captured now. "Try again" queues it later.
      await tx.sourceCapture.update({
        where: { id: capture.id },
        data: { status: "FAILED", error: TOO_MANY_WAITING },
      });
      continue;
    }
    if (await enqueueOnce(tx, "capture", captureJobId(capture.id), { captureId: capture.id }, ownerId)) waiting += 1;
  }
}

/** Captures one person may have waiting at once: one person's 200 citations never fill the queue alone. */
export const MAX_WAITING_CAPTURES = 50;
const TOO_MANY_WAITING = `Not captured: you have ${MAX_WAITING_CAPTURES} captures waiting already. Try again once they are done.`;

const waitingCaptures = (tx: Tx, ownerId: string) =>
  tx.job.count({ where: { ownerId, kind: "capture", status: { in: ["QUEUED", "RUNNING"] } } });

/** What the panel and the report show about a source's capture. */
export interface CaptureView {
  id: string;
  url: string;
  status: CaptureStatus;
  error: string | null;
  capturedAt: string | null;
  httpStatus: number | null;
  finalUrl: string | null;
  title: string | null;
  /** The files kept, with their links and SHA-256. */
  files: { name: CaptureFileName; label: string; href: string; sha256: string }[];
  recheckState: RecheckState | null;
  recheckedAt: string | null;
  /**
   * CHANGED: the text diff against the capture, as [op, text] pairs (-1 removed, 1 added, 0 kept); GONE: the reason.
   */
  recheckDiff: [number, string][] | null;
  recheckReason: string | null;
}

const viewSelect = {
  id: true,
  url: true,
  status: true,
  error: true,
  capturedAt: true,
  httpStatus: true,
  finalUrl: true,
  title: true,
  mhtmlSha256: true,
  pngSha256: true,
  pdfSha256: true,
  recheckState: true,
  recheckedAt: true,
  recheckDetail: true,
  createdAt: true,
} as const;

type ViewRow = {
  id: string;
  url: string;
  status: string;
  error: string | null;
  capturedAt: Date | null;
  httpStatus: number | null;
  finalUrl: string | null;
  title: string | null;
  mhtmlSha256: string | null;
  pngSha256: string | null;
  pdfSha256: string | null;
  recheckState: string | null;
  recheckedAt: Date | null;
  recheckDetail: string | null;
};

/** A stored diff read back; a row that is not one reads as no diff rather than failing the panel. */
function diffOf(json: string | null): [number, string][] | null {
  if (!json) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed)
      ? parsed.filter(
          (d): d is [number, string] => Array.isArray(d) && typeof d[0] === "number" && typeof d[1] === "string",
        )
      : null;
  } catch {
    return null;
  }
}

function toView(row: ViewRow): CaptureView {
  const sha: Record<CaptureFileName, string | null> = {
    "screenshot.png": row.pngSha256,
    "page.pdf": row.pdfSha256,
    "page.mhtml": row.mhtmlSha256,
  };
  return {
    id: row.id,
    url: row.url,
    status: row.status as CaptureStatus,
    error: row.error,
    capturedAt: row.capturedAt?.toISOString() ?? null,
    httpStatus: row.httpStatus,
    finalUrl: row.finalUrl,
    title: row.title,
    files: (Object.keys(CAPTURE_FILES) as CaptureFileName[]).flatMap((name) =>
      sha[name]
        ? [{ name, label: CAPTURE_FILES[name].label, href: `/api/captures/${row.id}/${name}`, sha256: sha[name]! }]
        : [],
    ),
    recheckState: (row.recheckState as RecheckState | null) ?? null,
    recheckedAt: row.recheckedAt?.toISOString() ?? null,
    recheckDiff: row.recheckState === "CHANGED" ? diffOf(row.recheckDetail) : null,
    recheckReason: row.recheckState === "GONE" ? row.recheckDetail : null,
  };
}

/**
 * The capture each address shows, from its captures newest first: the latest successful one,
 * else the latest attempt (queued, capturing or failed), so a note citing a source shows its
 * evidence whichever note asked for it.
 */
function shownPerUrl<T extends { url: string; status: string }>(newestFirst: readonly T[]): Map<string, T> {
  const byUrl = new Map<string, T>();
  for (const row of newestFirst) {
    const current = byUrl.get(row.url);
    if (!current || (current.status !== "CAPTURED" && row.status === "CAPTURED")) byUrl.set(row.url, row);
  }
  return byUrl;
}

/** Each address's shown capture (shownPerUrl), as the panel and the reports show it. */
export async function capturesForUrls(db: Db | Tx, urls: readonly string[]): Promise<Record<string, CaptureView>> {
  if (urls.length === 0) return {};
  const rows = await db.sourceCapture.findMany({
    where: { url: { in: [...new Set(urls)] } },
    orderBy: { createdAt: "desc" },
    select: viewSelect,
  });
  return Object.fromEntries([...shownPerUrl(rows)].map(([url, row]) => [url, toView(row)]));
}

/**
 * What the last re-check of each address's shown capture found, and when: the few columns the
 * reader's list needs on every load, without the captures' files, hashes or diffs.
 */
export async function rechecksForUrls(
  db: Db | Tx,
  urls: readonly string[],
): Promise<Map<string, { recheckState: RecheckState | null; recheckedAt: string | null }>> {
  if (urls.length === 0) return new Map();
  const rows = await db.sourceCapture.findMany({
    where: { url: { in: [...new Set(urls)] } },
    orderBy: { createdAt: "desc" },
    select: { url: true, status: true, recheckState: true, recheckedAt: true },
  });
  return new Map(
    [...shownPerUrl(rows)].map(([url, row]) => [
      url,
      {
        recheckState: (row.recheckState as RecheckState | null) ?? null,
        recheckedAt: row.recheckedAt?.toISOString() ?? null,
      },
    ]),
  );
}

/** "Try again" on a failed capture: any signed-in member; the job is queued afresh with its tries reset. */
export async function retryCapture(db: Db, caller: Actor | null, captureId: string): Promise<Result<CaptureView>> {
  const admitted = await admitToCapture(db, caller, captureId, "check");
  if (!admitted.ok) return admitted;
  const actor = admitted.actor!;
  const capture = await db.sourceCapture.findUnique({ where: { id: captureId }, select: { id: true, status: true } });
  if (!capture) return notFound("That capture");
  if (capture.status !== "FAILED") return fail(409, "This capture has not failed, so there is nothing to try again.");
  const row = await db.$transaction(async (tx) => {
    await requeueJob(tx, "capture", captureJobId(captureId), { captureId }, actor.id);
    return tx.sourceCapture.update({
      where: { id: captureId },
      data: { status: "QUEUED", error: null },
      select: viewSelect,
    });
  });
  return ok(toView(row));
}

/** A captured file, for download: its bytes and type, or null when there is none. */
export async function captureFile(
  db: Db,
  captureId: string,
  name: string,
): Promise<{ body: Uint8Array; type: string; capturedAt: Date | null; sha256: string | null } | null> {
  if (!(name in CAPTURE_FILES)) return null;
  const file = CAPTURE_FILES[name as CaptureFileName];
  const row = await db.sourceCapture.findUnique({
    where: { id: captureId },
    select: { [file.column]: true, capturedAt: true, [`${file.column}Sha256`]: true } as never,
  });
  const record = row as Record<string, unknown> | null;
  const body = record?.[file.column] as Uint8Array | null | undefined;
  if (!body) return null;
  return {
    body,
    type: file.type,
    capturedAt: (record!.capturedAt as Date | null) ?? null,
    sha256: (record![`${file.column}Sha256`] as string | null) ?? null,
  };
}

/** The files and facts a capture job produced. */
export interface CaptureResult {
  httpStatus: number;
  finalUrl: string;
  title: string | null;
  text: string;
  headers: Record<string, string>;
  html: Uint8Array | null;
  mhtml: Uint8Array;
  png: Uint8Array;
  pdf: Uint8Array;
  sha256: { html: string | null; mhtml: string; png: string; pdf: string };
}

/** The bytes a capture's files take together (what the storage quotas count). */
export const captureBytes = (result: CaptureResult) =>
  (result.html?.byteLength ?? 0) + result.mhtml.byteLength + result.png.byteLength + result.pdf.byteLength;

export async function markCapturing(
  db: Db,
  captureId: string,
): Promise<{ url: string; documentId: string | null } | null> {
  const row = await db.sourceCapture.findUnique({
    where: { id: captureId },
    select: { url: true, documentId: true },
  });
  if (!row) return null;
  await db.sourceCapture.update({ where: { id: captureId }, data: { status: "CAPTURING", error: null } });
  return row;
}

export async function saveCaptureResult(
  db: Db,
  captureId: string,
  result: CaptureResult,
  at = new Date(),
): Promise<void> {
  await db.sourceCapture.update({
    where: { id: captureId },
    data: {
      status: "CAPTURED",
      error: null,
      httpStatus: result.httpStatus,
      finalUrl: result.finalUrl,
      title: result.title,
      text: result.text,
      headersJson: JSON.stringify(result.headers),
      html: result.html ? Buffer.from(result.html) : null,
      mhtml: Buffer.from(result.mhtml),
      png: Buffer.from(result.png),
      pdf: Buffer.from(result.pdf),
      htmlSha256: result.sha256.html,
      mhtmlSha256: result.sha256.mhtml,
      pngSha256: result.sha256.png,
      pdfSha256: result.sha256.pdf,
      byteSize: captureBytes(result),
      capturedAt: at,
    },
  });
}

/** A failed try: still "Capturing…" while the job has tries left, "Capture failed: <reason>" after the last. */
export async function saveCaptureFailure(db: Db, captureId: string, reason: string, final: boolean): Promise<void> {
  await db.sourceCapture.update({
    where: { id: captureId },
    data: final ? { status: "FAILED", error: reason } : { status: "QUEUED", error: reason },
  });
}

/** The capture a re-check compares against, with its text. */
export async function captureForRecheck(
  db: Db,
  captureId: string,
): Promise<{ id: string; url: string; text: string | null } | null> {
  return db.sourceCapture.findUnique({ where: { id: captureId }, select: { id: true, url: true, text: true } });
}

export async function saveRecheck(
  db: Db,
  captureId: string,
  outcome: TextChange | { state: "GONE"; reason: string },
  at = new Date(),
): Promise<void> {
  const detail =
    outcome.state === "CHANGED" ? JSON.stringify(outcome.diff) : outcome.state === "GONE" ? outcome.reason : null;
  await db.sourceCapture.update({
    where: { id: captureId },
    data: { recheckState: outcome.state, recheckedAt: at, recheckDetail: detail },
  });
}

/**
 * Queues a re-check of every address's latest capture not checked for `olderThanHours` (the
 * scheduled sweep), or of all of them (`olderThanHours` 0: "Re-check sources now"). Job ids are
 * per capture and hour, so two instances sweeping at once queue each re-check once.
 */
export async function queueRechecks(db: Db, olderThanHours: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - olderThanHours * 3_600_000);
  const captures = await db.sourceCapture.findMany({
    where: { status: "CAPTURED" },
    orderBy: { capturedAt: "desc" },
    select: { id: true, url: true, capturedAt: true, recheckedAt: true },
  });
  const latest = new Map<string, (typeof captures)[number]>();
  for (const c of captures) if (!latest.has(c.url)) latest.set(c.url, c);
  const hour = now.toISOString().slice(0, 13);
  let queued = 0;
  for (const c of latest.values()) {
    const checked = c.recheckedAt ?? c.capturedAt;
    if (olderThanHours > 0 && checked && checked > cutoff) continue;
    const id = `recheck-${c.id}-${hour}${olderThanHours === 0 ? `-${now.getTime()}` : ""}`;
    // Another instance's sweep may queue the same id at the same moment: then it is theirs.
    if (await enqueueOnce(db, "recheck", id, { captureId: c.id }).catch(() => false)) queued += 1;
  }
  return queued;
}

/** "Re-check sources now" (admins): queues a re-check of every captured source at once. */
export async function recheckAllNow(db: Db, actor: Actor | null): Promise<Result<{ queued: number }>> {
  if (!actor) return unauthenticated();
  if (!isAdmin(actor.role)) return forbidden("Re-checking every source needs the admin role.");
  return ok({ queued: await queueRechecks(db, 0) });
}

/**
 * The ids of every capture of the sources cited in a document's live notes (its WARC export), or null for no such
 * document.
 */
export async function captureIdsOfDocument(db: Db, slug: string): Promise<string[] | null> {
  const document = await db.document.findUnique({ where: { slug }, select: { id: true } });
  if (!document) return null;
  const sources = await db.source.findMany({
    where: { note: { deletedAt: null, claim: { documentId: document.id, withdrawnAt: null } } },
    select: { url: true },
  });
  const urls = [...new Set(sources.map((s) => s.url))];
  if (urls.length === 0) return [];
  const rows = await db.sourceCapture.findMany({
    where: { url: { in: urls }, status: "CAPTURED" },
    orderBy: [{ url: "asc" }, { capturedAt: "asc" }],
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** One capture with its files, read when the export reaches it. */
export function captureWithFiles(db: Db, id: string) {
  return db.sourceCapture.findUnique({ where: { id } });
}
