import DiffMatchPatch from "diff-match-patch";
import { isAnchorState, type AnchorState } from "../../anchoring/anchor-state";
import type { Db } from "../../db";
import { readEventSnapshot } from "../events/record-event";

export interface DiffPart {
  /** -1 removed, 0 kept, 1 added */
  op: -1 | 0 | 1;
  text: string;
}

export interface TouchedClaim {
  id: string;
  /** The claim's words in the earlier revision. */
  before: string;
  /** Its words in the later one (null when orphaned there). */
  after: string | null;
  state: AnchorState;
  /** Who re-attached it to new words in the later revision, when someone did (not found there on its own). */
  reattachedBy: string | null;
}

export interface RevisionComparison {
  slug: string;
  title: string;
  from: number;
  to: number;
  revisions: number[];
  parts: DiffPart[];
  /** Claims whose words a change touched, with their state in the later revision. */
  touched: TouchedClaim[];
}

interface AnchorRow {
  claimId: string;
  start: number;
  end: number;
  exact: string;
  state: AnchorState;
}

/** Every live claim's anchor in one revision: its ClaimAnchor row, or the claim itself for the current revision. */
async function anchorsIn(
  db: Db,
  documentId: string,
  revision: number,
  current: number,
): Promise<Map<string, AnchorRow>> {
  const rows = await db.claimAnchor.findMany({
    where: { revision, claim: { documentId, withdrawnAt: null } },
    select: { claimId: true, start: true, end: true, exact: true, state: true },
  });
  const map = new Map<string, AnchorRow>(
    rows.map((r) => [r.claimId, { ...r, state: isAnchorState(r.state) ? r.state : "exact" }]),
  );
  if (revision === current) {
    const claims = await db.claim.findMany({
      where: { documentId, withdrawnAt: null },
      select: { id: true, start: true, end: true, exact: true, anchorState: true },
    });
    for (const c of claims)
      map.set(c.id, {
        claimId: c.id,
        start: c.start,
        end: c.end,
        exact: c.exact,
        state: isAnchorState(c.anchorState) ? c.anchorState : "exact",
      });
  }
  return map;
}

/**
 * Diffs already made, by document and revision pair. Revisions never change (they are
 * append-only), so a diff stays true for ever and on every instance; repeated views of a
 * comparison, anyone's, cost a lookup instead of seconds of diffing a long document.
 */
const diffs = new Map<string, DiffPart[]>();
const DIFFS_KEPT = 64;

async function diffOf(db: Db, documentId: string, from: number, to: number): Promise<DiffPart[]> {
  const key = `${documentId}:${from}:${to}`;
  const kept = diffs.get(key);
  if (kept) {
    diffs.delete(key); // most recently used last
    diffs.set(key, kept);
    return kept;
  }
  const texts = await db.documentRevision.findMany({
    where: { documentId, number: { in: [from, to] } },
    select: { number: true, plainText: true },
  });
  const older = texts.find((r) => r.number === from)!.plainText;
  const newer = texts.find((r) => r.number === to)!.plainText;
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 2;
  const found = dmp.diff_main(older, newer);
  dmp.diff_cleanupSemantic(found);
  const parts: DiffPart[] = found.map(([op, text]) => ({ op: op as -1 | 0 | 1, text }));
  diffs.set(key, parts);
  if (diffs.size > DIFFS_KEPT) diffs.delete(diffs.keys().next().value!);
  return parts;
}

/**
 * The text changes between two revisions (a character diff tidied to whole words for
 * reading) and the claims those changes touched, with what became of each.
 */
export async function compareRevisions(
  db: Db,
  slug: string,
  fromAsked?: number,
  toAsked?: number,
): Promise<RevisionComparison | null> {
  const document = await db.document.findUnique({
    where: { slug },
    select: { id: true, title: true, currentRevision: true },
  });
  if (!document) return null;
  // Unsaid: the current revision against the one before it.
  const to = toAsked ?? document.currentRevision;
  const from = fromAsked ?? to - 1;
  const revisions = await db.documentRevision.findMany({
    where: { documentId: document.id },
    orderBy: { number: "asc" },
    select: { number: true },
  });
  if (!revisions.some((r) => r.number === from) || !revisions.some((r) => r.number === to)) return null;
  const parts = await diffOf(db, document.id, from, to);

  // Changed stretches of the older text (an insertion is a zero-width stretch where it happened).
  const changed: { start: number; end: number }[] = [];
  let at = 0;
  for (const part of parts) {
    if (part.op === 0) at += part.text.length;
    else if (part.op === -1) {
      changed.push({ start: at, end: at + part.text.length });
      at += part.text.length;
    } else changed.push({ start: at, end: at });
  }
  const [before, after] = await Promise.all([
    anchorsIn(db, document.id, from, document.currentRevision),
    anchorsIn(db, document.id, to, document.currentRevision),
  ]);
  const touched: TouchedClaim[] = [];
  for (const anchor of before.values()) {
    if (anchor.state === "orphaned") continue;
    const hit = changed.some(
      (c) =>
        (c.start < anchor.end && c.end > anchor.start) ||
        (c.start === c.end && c.start > anchor.start && c.start < anchor.end),
    );
    if (!hit) continue;
    const later = after.get(anchor.claimId);
    const state = later?.state ?? "orphaned";
    touched.push({
      id: anchor.claimId,
      before: anchor.exact,
      after: state === "orphaned" ? null : (later?.exact ?? null),
      state,
      reattachedBy: null,
    });
  }
  await nameReattachments(db, touched, to);
  touched.sort((a, b) => (before.get(a.id)?.start ?? 0) - (before.get(b.id)?.start ?? 0));
  return { slug, title: document.title, from, to, revisions: revisions.map((r) => r.number), parts, touched };
}

/** Who re-attached each touched claim in revision `to` (its latest "claim.reattach" there), in place. */
async function nameReattachments(db: Db, touched: TouchedClaim[], to: number): Promise<void> {
  if (touched.length === 0) return;
  const events = await db.event.findMany({
    where: { action: "claim.reattach", claimId: { in: touched.map((t) => t.id) } },
    orderBy: { createdAt: "asc" },
    select: { claimId: true, after: true, actor: { select: { name: true } } },
  });
  for (const event of events) {
    const after = readEventSnapshot(event.after) as { revision?: unknown } | null;
    const claim = touched.find((t) => t.id === event.claimId);
    if (claim && after?.revision === to) claim.reattachedBy = event.actor?.name ?? "someone";
  }
}
