import { claimAddresses, documentAddresses } from "../../report/report-addresses";
import { isClaimStatus } from "../../claim-status";
import type { Db } from "../../db";
import type {
  Report,
  ReportClaim,
  ReportLinkedFactCheck,
  ReportOptions,
  ReportSource,
} from "../../report/report-model";
import { filterClaims } from "../../report/report-options";
import { proposedVerdicts } from "../../agreement";
import { mentionRemover } from "../../mentions";
import { isVerdict, verdictLabel } from "../../verdicts";
import { sourceChangedSinceVerdict } from "../../capture/changed-since-verdict";
import { capturesForUrls } from "../evidence/captures";
import { linkEndVisibility } from "../workspaces/link-visibility";
import { readableWorkspaceIds } from "../workspaces/scope";

export interface ReportContext {
  /** The app's public base URL, e.g. https://claimmark.example.org (no trailing slash). */
  baseUrl: string;
  publisher: Report["publisher"];
  now?: Date;
}

/** Builds the verification report of a document: its claims in text order with everything every format shows. */
export async function getReport(
  db: Db,
  slug: string,
  options: ReportOptions,
  context: ReportContext,
  only: { claimId?: string } = {},
): Promise<Report | null> {
  const document = await db.document.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      createdAt: true,
      currentRevision: true,
      author: true,
      publisher: true,
      publishedOn: true,
      originalUrl: true,
      workspaceId: true,
    },
  });
  if (!document) return null;
  // Four flat queries assembled here, rather than nested includes: a report reads every
  // claim of a document, and per-relation IN lists over thousands of ids were the slow part.
  const claimWhere = { documentId: document.id, withdrawnAt: null, ...(only.claimId ? { id: only.claimId } : {}) };
  const [claims, notes, sources, users, links] = await Promise.all([
    db.claim.findMany({
      where: claimWhere,
      orderBy: [{ start: "asc" }, { end: "asc" }],
      select: {
        id: true,
        exact: true,
        prefix: true,
        suffix: true,
        start: true,
        end: true,
        status: true,
        authorId: true,
        createdAt: true,
        updatedAt: true,
        finalVerdict: true,
        finalSummary: true,
        reviewedById: true,
        reviewedAt: true,
      },
    }),
    db.note.findMany({
      where: { deletedAt: null, claim: claimWhere },
      orderBy: { createdAt: "asc" },
      select: { id: true, claimId: true, authorId: true, verdict: true, rationale: true, createdAt: true },
    }),
    db.source.findMany({
      where: { note: { deletedAt: null, claim: claimWhere } },
      orderBy: [{ noteId: "asc" }, { position: "asc" }],
      select: { noteId: true, url: true, title: true },
    }),
    db.user.findMany({ select: { id: true, name: true, handle: true } }),
    db.claimLink.findMany({
      where: { OR: [{ claim: claimWhere }, { linkedClaim: claimWhere }] },
      orderBy: { createdAt: "asc" },
      select: {
        claimId: true,
        linkedClaimId: true,
        factCheck: { select: { claimReviewed: true, rating: true, url: true, reviewer: true } },
        claim: {
          select: {
            id: true,
            exact: true,
            finalVerdict: true,
            withdrawnAt: true,
            document: { select: { slug: true, title: true, workspaceId: true } },
          },
        },
        linkedClaim: {
          select: {
            id: true,
            exact: true,
            finalVerdict: true,
            withdrawnAt: true,
            document: { select: { slug: true, title: true, workspaceId: true } },
          },
        },
      },
    }),
  ]);
  // Each source with the evidence captured of it: the time, the archive's SHA-256, a link.
  const captures = await capturesForUrls(
    db,
    sources.map((s) => s.url),
  );
  // The screenshot and the page archive, each with its own hash (the other files are in the app).
  const REPORTED_FILES = ["screenshot.png", "page.mhtml"];
  const captureOf = (url: string) => {
    const c = captures[url];
    const files = (c?.files ?? [])
      .filter((f) => REPORTED_FILES.includes(f.name))
      .sort((a, b) => REPORTED_FILES.indexOf(a.name) - REPORTED_FILES.indexOf(b.name))
      .map((f) => ({ label: f.label, url: `${context.baseUrl}${f.href}`, sha256: f.sha256 }));
    return c?.status === "CAPTURED" && c.capturedAt && files.length > 0 ? { capturedAt: c.capturedAt, files } : null;
  };
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  const name = (id: string | null) => (id ? (nameOf.get(id) ?? "Unknown") : null);
  const sourcesByNote = new Map<string, ReportSource[]>();
  for (const s of sources)
    sourcesByNote.set(s.noteId, [
      ...(sourcesByNote.get(s.noteId) ?? []),
      { url: s.url, title: s.title, capture: captureOf(s.url) },
    ]);
  const notesByClaim = new Map<string, typeof notes>();
  for (const n of notes) notesByClaim.set(n.claimId, [...(notesByClaim.get(n.claimId) ?? []), n]);

  // "Same claim" links seen from each end: a claim lists what it was linked to, and what was linked to it.
  const linksByClaim = new Map<string, ReportLinkedFactCheck[]>();
  const addLink = (claimId: string, linked: ReportLinkedFactCheck) =>
    linksByClaim.set(claimId, [...(linksByClaim.get(claimId) ?? []), linked]);
  const claimAsLink = (c: NonNullable<(typeof links)[number]["claim"]>): ReportLinkedFactCheck => ({
    text: c.exact,
    verdict: isVerdict(c.finalVerdict) ? verdictLabel(c.finalVerdict) : null,
    url: claimAddresses(context.baseUrl, c.document.slug, c.id).permalink,
    context: c.document.title,
  });
  // Whoever reads the report reads the document's workspace (or it is open): the other end of a
  // link shows when it is there or open, or a verdict a workspace shares.
  // (Read only when there are links, as most documents have none.)
  const visible =
    links.length > 0
      ? await linkEndVisibility(db, [document.workspaceId, ...(await readableWorkspaceIds(db, null))])
      : () => false;
  for (const link of links) {
    if (link.factCheck)
      addLink(link.claimId, {
        text: link.factCheck.claimReviewed,
        verdict: link.factCheck.rating,
        url: link.factCheck.url,
        context: link.factCheck.reviewer,
      });
    if (link.linkedClaim && !link.linkedClaim.withdrawnAt && visible(link.linkedClaim))
      addLink(link.claimId, claimAsLink(link.linkedClaim));
    if (link.linkedClaimId && !link.claim.withdrawnAt && visible(link.claim))
      addLink(link.linkedClaimId, claimAsLink(link.claim));
  }

  const addresses = documentAddresses(context.baseUrl, document.slug, document.currentRevision);
  const withoutMentions = mentionRemover(users);
  const contributors = new Set<string>();
  const reportClaims: ReportClaim[] = claims.map((c) => {
    const claimNotes = notesByClaim.get(c.id) ?? [];
    contributors.add(name(c.authorId)!);
    if (c.reviewedById) contributors.add(name(c.reviewedById)!);
    const claimSources: ReportSource[] = [];
    const seen = new Set<string>();
    for (const note of claimNotes) {
      contributors.add(name(note.authorId)!);
      for (const s of sourcesByNote.get(note.id) ?? []) {
        if (seen.has(s.url)) continue;
        seen.add(s.url);
        claimSources.push(s);
      }
    }
    return {
      id: c.id,
      ...claimAddresses(context.baseUrl, document.slug, c.id),
      exact: c.exact,
      prefix: c.prefix,
      suffix: c.suffix,
      start: c.start,
      end: c.end,
      status: isClaimStatus(c.status) ? c.status : "FLAGGED",
      flaggedBy: name(c.authorId)!,
      flaggedAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
      finalVerdict: isVerdict(c.finalVerdict) ? c.finalVerdict : null,
      finalSummary: c.finalSummary,
      reviewerName: name(c.reviewedById),
      reviewedAt: c.reviewedAt?.toISOString() ?? null,
      proposedVerdicts: proposedVerdicts(claimNotes.map((n) => n.verdict)),
      notes: claimNotes.map((n) => ({
        authorName: name(n.authorId)!,
        verdict: isVerdict(n.verdict) ? n.verdict : "UNVERIFIABLE",
        // Printed outside the desk: who was asked to look is the desk's business, not the reader's.
        rationale: withoutMentions(n.rationale),
        sources: sourcesByNote.get(n.id) ?? [],
        createdAt: n.createdAt.toISOString(),
      })),
      sources: claimSources,
      sourceChanged:
        isVerdict(c.finalVerdict) &&
        sourceChangedSinceVerdict(
          c.reviewedAt?.toISOString() ?? null,
          claimSources.flatMap((s) => captures[s.url] ?? []),
        ),
      sameClaimAs: linksByClaim.get(c.id) ?? [],
    };
  });
  return {
    document: {
      slug: document.slug,
      title: document.title,
      url: addresses.url,
      createdAt: document.createdAt.toISOString(),
      revision: document.currentRevision,
      revisionUrl: addresses.revisionUrl,
      author: document.author,
      publisher: document.publisher,
      publishedOn: document.publishedOn,
      originalUrl: document.originalUrl,
    },
    generatedAt: (context.now ?? new Date()).toISOString(),
    publisher: context.publisher,
    contributors: [...contributors].sort((a, b) => a.localeCompare(b)),
    options,
    claims: filterClaims(reportClaims, options),
  };
}
