import type { Db } from "../../db";
import { SimilarClaimIndex, type Checkable, type QueryOptions } from "../../claim-matching/rank-similar";
import type { MatchStrength } from "../../claim-matching/strength-labels";
import { isVerdict, verdictLabel, type Verdict } from "../../verdicts";
import { verdictForRating } from "../../claim-matching/rating-to-verdict";

/** An earlier fact-check that may be of the same claim. */
export interface FactCheckMatch {
  /** "claimmark": a claim with a published final verdict; "imported": an external ClaimReview. */
  source: "claimmark" | "imported";
  id: string;
  text: string;
  /** The verdict as people read it ("False", or the imported rating as published). */
  verdict: string | null;
  /** The nearest Claimmark verdict, for prefilling a note (null when a rating cannot be mapped). */
  verdictCode: Verdict | null;
  summary: string | null;
  /** Who published it: the reviewer's name, or the fact-checking organisation. */
  publishedBy: string | null;
  date: string | null;
  /** The claim in its document (a path in this app), or the fact-check's own address. */
  url: string;
  /** The document a Claimmark claim is in. */
  documentTitle: string | null;
  /** 0..1: how likely this checks the same claim (calibrated on labelled pairs). */
  score: number;
  /** "close" (right at least 9 times in 10 on held-out pairs) or "possible"; "weak" only with minStrength "any". */
  strength: MatchStrength;
}

/**
 * The search index is a cache of the database, one per process and database. Before each query
 * it looks for rows changed since its last look, minus a margin, so a row committed late or
 * stamped by an instance whose clock lags is still seen: a claim reviewed through another
 * instance on the same PostgreSQL is found here on the next query. It remembers each row's
 * `updatedAt`, so a look that finds only rows it already has costs two indexed COUNTs, and
 * only rows that really changed are fetched and re-indexed.
 */
interface IndexState {
  index: SimilarClaimIndex;
  /** Every row seen, by id, with its updatedAt (ms): claims of any status, and fact-checks. */
  seenClaims: Map<string, number>;
  seenFactChecks: Map<string, number>;
  /** When the last sync started (this process's clock); null before the first full load. */
  syncedFrom: Date | null;
  inFlight: Promise<void> | null;
}
const SYNC_MARGIN_MS = 5 * 60_000;
const states = new WeakMap<Db, IndexState>();

const claimKey = (id: string) => `claim:${id}`;
const factCheckKey = (id: string) => `factcheck:${id}`;
/** What the index reads of an imported fact-check. */
const FACT_CHECK_FIELDS = {
  id: true,
  claimReviewed: true,
  headline: true,
  appearance: true,
  inLanguage: true,
  updatedAt: true,
} as const;
const factCheckEntry = (f: {
  id: string;
  claimReviewed: string;
  headline: string | null;
  appearance: string | null;
  inLanguage: string | null;
}): Checkable => ({
  key: factCheckKey(f.id),
  text: f.claimReviewed,
  headline: f.headline,
  appearance: f.appearance,
  language: f.inLanguage,
});
const isPublished = (c: { status: string; finalVerdict: string | null; withdrawnAt: Date | null }) =>
  c.status === "REVIEWED" && c.finalVerdict !== null && c.withdrawnAt === null;

/** What the cache knows of one table's rows changed since a moment: how many, and the latest change. */
function seenSince(seen: Map<string, number>, since: number): { count: number; latest: number } {
  let count = 0;
  let latest = 0;
  for (const at of seen.values()) {
    if (at >= since) {
      count++;
      latest = Math.max(latest, at);
    }
  }
  return { count, latest };
}

async function fullLoad(db: Db, state: IndexState): Promise<void> {
  const [claims, factChecks] = await Promise.all([
    db.claim.findMany({
      where: { status: "REVIEWED", finalVerdict: { not: null }, withdrawnAt: null },
      select: { id: true, exact: true, updatedAt: true },
    }),
    db.externalFactCheck.findMany({ select: FACT_CHECK_FIELDS }),
  ]);
  state.index.upsert(claims.map((c) => ({ key: claimKey(c.id), text: c.exact })));
  state.index.upsert(factChecks.map(factCheckEntry));
  for (const c of claims) state.seenClaims.set(c.id, c.updatedAt.getTime());
  for (const f of factChecks) state.seenFactChecks.set(f.id, f.updatedAt.getTime());
}

async function syncClaims(db: Db, state: IndexState, since: Date): Promise<void> {
  const window = await db.claim.aggregate({
    where: { updatedAt: { gte: since } },
    _count: { _all: true },
    _max: { updatedAt: true },
  });
  const known = seenSince(state.seenClaims, since.getTime());
  if (window._count._all === known.count && (window._max.updatedAt?.getTime() ?? 0) === known.latest) return;
  const stamps = await db.claim.findMany({
    where: { updatedAt: { gte: since } },
    select: { id: true, updatedAt: true },
  });
  const changed = stamps.filter((row) => state.seenClaims.get(row.id) !== row.updatedAt.getTime()).map((row) => row.id);
  for (let i = 0; i < changed.length; i += 500) {
    const rows = await db.claim.findMany({
      where: { id: { in: changed.slice(i, i + 500) } },
      select: { id: true, exact: true, status: true, finalVerdict: true, withdrawnAt: true, updatedAt: true },
    });
    // Reopened or withdrawn since: no longer a published fact-check.
    state.index.remove(rows.filter((c) => !isPublished(c)).map((c) => claimKey(c.id)));
    state.index.upsert(rows.filter(isPublished).map((c) => ({ key: claimKey(c.id), text: c.exact })));
    for (const c of rows) state.seenClaims.set(c.id, c.updatedAt.getTime());
  }
}

async function syncFactChecks(db: Db, state: IndexState, since: Date): Promise<void> {
  const window = await db.externalFactCheck.aggregate({
    where: { updatedAt: { gte: since } },
    _count: { _all: true },
    _max: { updatedAt: true },
  });
  const known = seenSince(state.seenFactChecks, since.getTime());
  if (window._count._all === known.count && (window._max.updatedAt?.getTime() ?? 0) === known.latest) return;
  const stamps = await db.externalFactCheck.findMany({
    where: { updatedAt: { gte: since } },
    select: { id: true, updatedAt: true },
  });
  const changed = stamps
    .filter((row) => state.seenFactChecks.get(row.id) !== row.updatedAt.getTime())
    .map((row) => row.id);
  for (let i = 0; i < changed.length; i += 500) {
    const rows = await db.externalFactCheck.findMany({
      where: { id: { in: changed.slice(i, i + 500) } },
      select: FACT_CHECK_FIELDS,
    });
    state.index.upsert(rows.map(factCheckEntry));
    for (const f of rows) state.seenFactChecks.set(f.id, f.updatedAt.getTime());
  }
}

async function sync(db: Db, state: IndexState): Promise<void> {
  const startedAt = new Date();
  if (!state.syncedFrom) await fullLoad(db, state);
  else {
    const since = new Date(state.syncedFrom.getTime() - SYNC_MARGIN_MS);
    await Promise.all([syncClaims(db, state, since), syncFactChecks(db, state, since)]);
  }
  state.syncedFrom = startedAt;
}

async function syncedIndex(db: Db): Promise<SimilarClaimIndex> {
  let state = states.get(db);
  if (!state) {
    state = {
      index: new SimilarClaimIndex(),
      seenClaims: new Map(),
      seenFactChecks: new Map(),
      syncedFrom: null,
      inFlight: null,
    };
    states.set(db, state);
  }
  // One sync at a time per process; queries arriving meanwhile wait for it rather than repeat it.
  if (!state.inFlight) {
    const current = state;
    current.inFlight = sync(db, current).finally(() => {
      current.inFlight = null;
    });
  }
  await state.inFlight;
  return state.index;
}

/**
 * Earlier fact-checks most similar to a text, best first: claims with a published final verdict
 * in any document, and imported fact-checks, each with a calibrated score and strength; below
 * the relevance floor nothing is listed unless `minStrength` is "any". With `claimId`, that
 * claim itself and the fact-checks it is already linked to are left out.
 */
export async function findSimilarFactChecks(
  db: Db,
  text: string,
  options: Pick<QueryOptions, "limit" | "minStrength"> & { claimId?: string } = {},
): Promise<FactCheckMatch[]> {
  const index = await syncedIndex(db);
  const exclude = new Set<string>();
  if (options.claimId) {
    exclude.add(claimKey(options.claimId));
    const links = await db.claimLink.findMany({
      where: { claimId: options.claimId },
      select: { linkedClaimId: true, factCheckId: true },
    });
    for (const link of links) {
      if (link.linkedClaimId) exclude.add(claimKey(link.linkedClaimId));
      if (link.factCheckId) exclude.add(factCheckKey(link.factCheckId));
    }
  }
  const matches = index.query(text, { limit: options.limit ?? 5, minStrength: options.minStrength, exclude });
  const claimIds = matches.filter((m) => m.key.startsWith("claim:")).map((m) => m.key.slice(6));
  const factCheckIds = matches.filter((m) => m.key.startsWith("factcheck:")).map((m) => m.key.slice(10));
  const [claims, factChecks] = await Promise.all([
    claimIds.length
      ? db.claim.findMany({
          where: { id: { in: claimIds }, status: "REVIEWED", withdrawnAt: null },
          select: {
            id: true,
            exact: true,
            finalVerdict: true,
            finalSummary: true,
            reviewedAt: true,
            reviewedBy: { select: { name: true } },
            document: { select: { slug: true, title: true } },
          },
        })
      : [],
    factCheckIds.length ? db.externalFactCheck.findMany({ where: { id: { in: factCheckIds } } }) : [],
  ]);
  const byKey = new Map<string, Omit<FactCheckMatch, "score" | "strength">>();
  for (const c of claims) {
    const verdict = isVerdict(c.finalVerdict) ? c.finalVerdict : null;
    byKey.set(claimKey(c.id), {
      source: "claimmark",
      id: c.id,
      text: c.exact,
      verdict: verdict ? verdictLabel(verdict) : null,
      verdictCode: verdict,
      summary: c.finalSummary,
      publishedBy: c.reviewedBy?.name ?? null,
      date: c.reviewedAt?.toISOString() ?? null,
      url: `/documents/${c.document.slug}#claim-${c.id}`,
      documentTitle: c.document.title,
    });
  }
  for (const f of factChecks) {
    byKey.set(factCheckKey(f.id), {
      source: "imported",
      id: f.id,
      text: f.claimReviewed,
      verdict: f.rating,
      verdictCode: verdictForRating(f.rating),
      summary: f.claimAuthor ? `Claim by ${f.claimAuthor}` : null,
      publishedBy: f.reviewer,
      date: f.reviewedOn,
      url: f.url,
      documentTitle: null,
    });
  }
  // A claim reopened since the index last looked is left out rather than shown with no verdict.
  return matches.flatMap((m) => {
    const found = byKey.get(m.key);
    return found ? [{ ...found, score: m.score, strength: m.strength }] : [];
  });
}
