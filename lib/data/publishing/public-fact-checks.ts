import type { Db } from "../../db";
import type { PublicListPage } from "../../publishing/render-public-list";
import { sourcesFrom, type PublicFactCheck, type WithdrawnFactCheck } from "../../publishing/public-fact-check";
import { isVerdict, type Verdict } from "../../verdicts";

/**
 * The public reads: they touch only PublishedFactCheck and its corrections, never a claim, a
 * note or a person, so nothing internal can reach a public page.
 */
const WITH_CORRECTIONS = {
  corrections: { orderBy: { createdAt: "asc" }, select: { note: true, createdAt: true } },
} as const;

type Row = NonNullable<Awaited<ReturnType<typeof findRow>>>;

function findRow(db: Db, slug: string) {
  return db.publishedFactCheck.findUnique({ where: { slug }, include: WITH_CORRECTIONS });
}

export function publicView(row: Row): PublicFactCheck {
  return {
    slug: row.slug,
    headline: row.headline,
    summary: row.summary,
    verdict: isVerdict(row.verdict) ? row.verdict : "UNVERIFIABLE",
    quote: row.quote,
    claimAuthor: row.claimAuthor,
    claimPublisher: row.claimPublisher,
    claimDate: row.claimDate,
    claimUrl: row.claimUrl,
    sources: sourcesFrom(row.sourcesJson),
    language: row.language,
    reviewerName: row.reviewerName,
    firstPublishedAt: row.firstPublishedAt.toISOString(),
    modifiedAt: row.modifiedAt.toISOString(),
    underReviewSince: row.underReviewSince?.toISOString() ?? null,
    corrections: row.corrections.map((c) => ({ note: c.note, at: c.createdAt.toISOString() })),
    version: row.version,
  };
}

export type PublicLookup =
  { kind: "published"; fact: PublicFactCheck } | { kind: "gone"; gone: WithdrawnFactCheck } | { kind: "missing" };

/** A public address: its fact-check, the reason it was unpublished, or nothing. */
export async function findPublicFactCheck(db: Db, slug: string): Promise<PublicLookup> {
  const row = await findRow(db, slug);
  if (!row) return { kind: "missing" };
  if (row.unpublishedAt)
    return {
      kind: "gone",
      gone: {
        slug: row.slug,
        headline: row.headline,
        unpublishedAt: row.unpublishedAt.toISOString(),
        reason: row.unpublishReason ?? "",
      },
    };
  return { kind: "published", fact: publicView(row) };
}

export const PUBLIC_PAGE_SIZE = 20;
export const MAX_PUBLIC_PAGE_SIZE = 100;

/** Public fact-checks, newest first, found by words in the headline, quote or claimant and by verdict. */
export async function listPublicFactChecks(
  db: Db,
  query: { q?: string; verdict?: Verdict | null; page?: number; pageSize?: number },
): Promise<PublicListPage> {
  const q = (query.q ?? "").trim().slice(0, 200);
  const verdict = query.verdict ?? null;
  const pageSize = Math.min(Math.max(query.pageSize ?? PUBLIC_PAGE_SIZE, 1), MAX_PUBLIC_PAGE_SIZE);
  const where = {
    unpublishedAt: null,
    ...(verdict ? { verdict } : {}),
    ...(q
      ? {
          AND: q
            .toLowerCase()
            .split(/\s+/)
            .map((word) => ({ searchText: { contains: word } })),
        }
      : {}),
  };
  const total = await db.publishedFactCheck.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(query.page ?? 1, 1), pageCount);
  const rows = await db.publishedFactCheck.findMany({
    where,
    include: WITH_CORRECTIONS,
    orderBy: [{ firstPublishedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  return { items: rows.map(publicView), total, page, pageCount, q, verdict };
}

/** The newest changed public fact-checks, for the feed. */
export async function recentlyChangedFactChecks(db: Db, limit = 50): Promise<PublicFactCheck[]> {
  const rows = await db.publishedFactCheck.findMany({
    where: { unpublishedAt: null },
    include: WITH_CORRECTIONS,
    orderBy: [{ modifiedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map(publicView);
}

/** Every public address with its last change, for the sitemap (50,000 is a sitemap's limit). */
export async function publicFactCheckStamps(db: Db): Promise<{ slug: string; modifiedAt: string }[]> {
  const rows = await db.publishedFactCheck.findMany({
    where: { unpublishedAt: null },
    select: { slug: true, modifiedAt: true },
    orderBy: { firstPublishedAt: "desc" },
    take: 50_000,
  });
  return rows.map((r) => ({ slug: r.slug, modifiedAt: r.modifiedAt.toISOString() }));
}
