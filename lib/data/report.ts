import { isClaimStatus } from "../claim-status";
import type { Db } from "../db";
import type { Report, ReportClaim, ReportOptions, ReportSource } from "../report/report-model";
import { filterClaims } from "../report/report-options";
import { isVerdict, VERDICTS, type Verdict } from "../verdicts";

export interface ReportContext {
  /** The app's public base URL, e.g. https://claimmark.example.org (no trailing slash). */
  baseUrl: string;
  publisher: { name: string; url: string };
  now?: Date;
}

/** Verdicts proposed by notes, most frequent first (scale order among equals). */
export function proposedVerdicts(verdicts: readonly string[]): { verdict: Verdict; count: number }[] {
  const counts = new Map<Verdict, number>();
  for (const v of verdicts) if (isVerdict(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .map(([verdict, count]) => ({ verdict, count }))
    .sort((a, b) => b.count - a.count || VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict));
}

/** Builds the verification report of a document: its claims in text order with everything every format shows. */
export async function getReport(
  db: Db,
  slug: string,
  options: ReportOptions,
  context: ReportContext,
  only: { claimId?: string } = {},
): Promise<Report | null> {
  const document = await db.document.findUnique({ where: { slug }, select: { id: true, slug: true, title: true, createdAt: true } });
  if (!document) return null;
  const claims = await db.claim.findMany({
    where: { documentId: document.id, withdrawnAt: null, ...(only.claimId ? { id: only.claimId } : {}) },
    orderBy: [{ start: "asc" }, { end: "asc" }],
    include: {
      author: { select: { name: true } },
      reviewedBy: { select: { name: true } },
      notes: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        include: { author: { select: { name: true } }, sources: { orderBy: { position: "asc" } } },
      },
    },
  });
  const documentUrl = `${context.baseUrl}/documents/${document.slug}`;
  const contributors = new Set<string>();
  const reportClaims: ReportClaim[] = claims.map((c) => {
    contributors.add(c.author.name);
    if (c.reviewedBy) contributors.add(c.reviewedBy.name);
    const sources: ReportSource[] = [];
    const seen = new Set<string>();
    for (const note of c.notes) {
      contributors.add(note.author.name);
      for (const s of note.sources) {
        if (seen.has(s.url)) continue;
        seen.add(s.url);
        sources.push({ url: s.url, title: s.title });
      }
    }
    return {
      id: c.id,
      permalink: `${documentUrl}#claim-${c.id}`,
      annotationUrl: `${context.baseUrl}/api/annotations/${c.id}`,
      exact: c.exact,
      prefix: c.prefix,
      suffix: c.suffix,
      start: c.start,
      end: c.end,
      status: isClaimStatus(c.status) ? c.status : "FLAGGED",
      flaggedBy: c.author.name,
      flaggedAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
      finalVerdict: isVerdict(c.finalVerdict) ? c.finalVerdict : null,
      finalSummary: c.finalSummary,
      reviewerName: c.reviewedBy?.name ?? null,
      reviewedAt: c.reviewedAt?.toISOString() ?? null,
      proposedVerdicts: proposedVerdicts(c.notes.map((n) => n.verdict)),
      notes: c.notes.map((n) => ({
        authorName: n.author.name,
        verdict: isVerdict(n.verdict) ? n.verdict : "UNVERIFIABLE",
        rationale: n.rationale,
        sources: n.sources.map((s) => ({ url: s.url, title: s.title })),
        createdAt: n.createdAt.toISOString(),
      })),
      sources,
    };
  });
  return {
    document: { slug: document.slug, title: document.title, url: documentUrl, createdAt: document.createdAt.toISOString() },
    generatedAt: (context.now ?? new Date()).toISOString(),
    publisher: context.publisher,
    contributors: [...contributors].sort((a, b) => a.localeCompare(b)),
    options,
    claims: filterClaims(reportClaims, options),
  };
}
