import { isAnchorState, type AnchorState } from "../../anchoring/anchor-state";
import { isClaimStatus, type ClaimStatus } from "../../claim-status";
import type { Db } from "../../db";
import { describeEventDetail } from "../../event-detail";
import { describeEvent } from "../../events";
import { linkMentions } from "../../markdown/link-mentions";
import { renderMarkdown } from "../../markdown/render-markdown";
import { canReview, isAdmin } from "../../roles";
import { checkSecondReview } from "../../second-review";
import { isVerdict, type Verdict } from "../../verdicts";
import type { Actor } from "../actor";
import { MENTIONED, mentionedUsers } from "../notes/mentions";
import { readEventSnapshot } from "../events/record-event";
import { evidenceNote } from "../review/review";
import { listClaimLinks, type ClaimLinkView } from "./claim-links";
import { capturesForUrls, type CaptureView } from "../evidence/captures";
import { mayResolveThread } from "../notes/threads";

export interface SourceView {
  url: string;
  title: string | null;
  /** The evidence captured of it (the current sources of live notes only). */
  capture?: CaptureView | null;
}

export interface NoteVersionView {
  verdict: Verdict;
  rationaleHtml: string;
  sources: SourceView[];
  writtenAt: string;
  editorName: string;
}

export interface NoteView {
  id: string;
  authorId: string;
  authorName: string;
  verdict: Verdict;
  /** The Markdown source, for the edit form. */
  rationale: string;
  /** Sanitised HTML, safe to insert. */
  rationaleHtml: string;
  sources: SourceView[];
  createdAt: string;
  editedAt: string | null;
  versions: NoteVersionView[];
  /** The replies answering this note, oldest first, and whether the thread is resolved. */
  thread: NoteThreadView;
}

/** Whether a conversation (a note's thread, or the claim's discussion) is resolved, and who may change that. */
export interface ThreadState {
  resolvedAt: string | null;
  resolvedByName: string | null;
  /** Whether the viewer may resolve or reopen it (mayResolveThread, the server's rule). */
  canResolve: boolean;
}

export interface NoteThreadView extends ThreadState {
  replies: ReplyView[];
}

export interface ReplyView {
  id: string;
  authorId: string;
  authorName: string;
  bodyHtml: string;
  createdAt: string;
}

export interface HistoryEntry {
  id: string;
  action: string;
  description: string;
  actorName: string;
  createdAt: string;
  /** What changed, in words (lib/event-detail.ts): labels and names only, safe for everyone. */
  detail: string | null;
  /** Copies of what changed: only admins see them (they can hold a deleted note's text); null for everyone else. */
  before: unknown;
  after: unknown;
}

export interface VerdictRecord {
  verdict: Verdict;
  summary: string;
  reviewerName: string;
  publishedAt: string;
  reopenedAt: string | null;
  reopenedByName: string | null;
  reopenReason: string | null;
}

export interface ClaimDetail {
  id: string;
  documentSlug: string;
  documentTitle: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  status: ClaimStatus;
  version: number;
  authorId: string;
  authorName: string;
  createdAt: string;
  assigneeId: string | null;
  assigneeName: string | null;
  finalVerdict: Verdict | null;
  finalSummary: string | null;
  reviewedByName: string | null;
  reviewedById: string | null;
  reviewedAt: string | null;
  notes: NoteView[];
  /** The general discussion: replies answering no note (or a note since deleted). */
  replies: ReplyView[];
  /** The general discussion resolved or not: one conversation model with the notes' threads. */
  discussion: ThreadState;
  history: HistoryEntry[];
  verdicts: VerdictRecord[];
  /** For a reviewer: whether they may settle this claim now, and why not (lib/second-review.ts); null for others. */
  settle: { ok: boolean; reason: string | null } | null;
  /** How the claim sits in the current revision, and its words in each earlier one (oldest first). */
  anchorState: AnchorState;
  anchors: { revision: number; exact: string; state: AnchorState }[];
  /** "Same claim" links, from both ends. */
  links: ClaimLinkView[];
  /** Its public fact-check (/fact-checks/<slug>), if one was ever published; `published` false once unpublished. */
  publicFactCheck: { slug: string; published: boolean; underReviewSince: string | null } | null;
}

const asVerdict = (value: string | null): Verdict | null => (isVerdict(value) ? value : null);

/** The second-pair-of-eyes rule as it stands for one reviewer, so the panel can say why before they fill in a form. */
function settleFor(
  claim: {
    authorId: string;
    createdAt: Date;
    document: { workspaceId: string };
    notes: { authorId: string; author: Parameters<typeof evidenceNote>[0]["author"]; sources: unknown[] }[];
  },
  viewerId: string,
): { ok: boolean; reason: string | null } {
  const rule = checkSecondReview(
    claim,
    claim.notes.map((n) => evidenceNote(n, n.sources.length, claim.document.workspaceId)),
    viewerId,
  );
  return rule.ok ? { ok: true, reason: null } : { ok: false, reason: rule.reason };
}

/** The slug of the document a live (not withdrawn) claim is on, or null. */
export async function getClaimDocumentSlug(db: Db, claimId: string): Promise<string | null> {
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    select: { withdrawnAt: true, document: { select: { slug: true } } },
  });
  return claim && !claim.withdrawnAt ? claim.document.slug : null;
}

/**
 * Everything the claim panel shows about one claim: notes, replies, verdicts and its history.
 * The history says who did what and when to everyone; the before/after copies (a deleted
 * note's text among them) only to admins, as in the audit log.
 */
export async function getClaimDetail(db: Db, claimId: string, viewer: Actor | null): Promise<ClaimDetail | null> {
  const showCopies = viewer !== null && isAdmin(viewer.role);
  const claim = await db.claim.findUnique({
    where: { id: claimId },
    include: {
      document: { select: { slug: true, title: true, workspaceId: true } },
      author: { select: { name: true } },
      assignee: { select: { name: true } },
      reviewedBy: { select: { name: true } },
      discussionResolvedBy: { select: { name: true } },
      notes: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        include: {
          author: {
            select: { name: true, memberships: { select: { workspaceId: true, role: true, createdAt: true } } },
          },
          threadResolvedBy: { select: { name: true } },
          sources: { orderBy: { position: "asc" } },
          versions: { orderBy: { createdAt: "asc" }, include: { editor: { select: { name: true } } } },
          mentions: MENTIONED,
        },
      },
      replies: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        include: { author: { select: { name: true } }, mentions: MENTIONED },
      },
      events: { orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true } } } },
      verdicts: {
        orderBy: { publishedAt: "asc" },
        include: { reviewer: { select: { name: true } }, reopenedBy: { select: { name: true } } },
      },
      anchors: { orderBy: { revision: "asc" }, select: { revision: true, exact: true, state: true } },
      factCheck: { select: { slug: true, unpublishedAt: true, underReviewSince: true } },
    },
  });
  if (!claim || claim.withdrawnAt) return null;
  const [links, captures] = await Promise.all([
    listClaimLinks(db, claimId, viewer),
    capturesForUrls(
      db,
      claim.notes.flatMap((n) => n.sources.map((s) => s.url)),
    ),
  ]);
  const settle = viewer && canReview(viewer.role) ? settleFor(claim, viewer.id) : null;
  const render = (markdown: string, owner: Parameters<typeof mentionedUsers>[0]) =>
    renderMarkdown(linkMentions(markdown, mentionedUsers(owner)));
  const replyView = (r: (typeof claim.replies)[number]): ReplyView => ({
    id: r.id,
    authorId: r.authorId,
    authorName: r.author.name,
    bodyHtml: render(r.body, r),
    createdAt: r.createdAt.toISOString(),
  });
  // Replies grouped by the note they answer, once; the rest (no note, or a deleted one) are the general discussion.
  const threads = new Map<string, typeof claim.replies>(claim.notes.map((n) => [n.id, []]));
  const general: typeof claim.replies = [];
  for (const reply of claim.replies) {
    const thread = reply.noteId ? threads.get(reply.noteId) : undefined;
    if (thread) thread.push(reply);
    else general.push(reply);
  }
  return {
    id: claim.id,
    documentSlug: claim.document.slug,
    documentTitle: claim.document.title,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
    start: claim.start,
    end: claim.end,
    status: isClaimStatus(claim.status) ? claim.status : "FLAGGED",
    anchorState: isAnchorState(claim.anchorState) ? claim.anchorState : "exact",
    anchors: claim.anchors.map((a) => ({
      revision: a.revision,
      exact: a.exact,
      state: isAnchorState(a.state) ? a.state : "exact",
    })),
    links,
    publicFactCheck: claim.factCheck && {
      slug: claim.factCheck.slug,
      published: claim.factCheck.unpublishedAt === null,
      underReviewSince: claim.factCheck.underReviewSince?.toISOString() ?? null,
    },
    version: claim.version,
    authorId: claim.authorId,
    authorName: claim.author.name,
    createdAt: claim.createdAt.toISOString(),
    assigneeId: claim.assigneeId,
    assigneeName: claim.assignee?.name ?? null,
    finalVerdict: asVerdict(claim.finalVerdict),
    finalSummary: claim.finalSummary,
    reviewedById: claim.reviewedById,
    reviewedByName: claim.reviewedBy?.name ?? null,
    reviewedAt: claim.reviewedAt?.toISOString() ?? null,
    notes: claim.notes.map((note) => ({
      id: note.id,
      authorId: note.authorId,
      authorName: note.author.name,
      verdict: asVerdict(note.verdict) ?? "UNVERIFIABLE",
      rationale: note.rationale,
      rationaleHtml: render(note.rationale, note),
      sources: note.sources.map((s) => ({ url: s.url, title: s.title, capture: captures[s.url] ?? null })),
      createdAt: note.createdAt.toISOString(),
      editedAt: note.editedAt?.toISOString() ?? null,
      versions: note.versions.map((v) => ({
        verdict: asVerdict(v.verdict) ?? "UNVERIFIABLE",
        rationaleHtml: renderMarkdown(v.rationale),
        sources: (JSON.parse(v.sourcesJson) as { url: string; title?: string }[]).map((s) => ({
          url: s.url,
          title: s.title ?? null,
        })),
        writtenAt: v.writtenAt.toISOString(),
        editorName: v.editor.name,
      })),
      thread: {
        replies: threads.get(note.id)!.map(replyView),
        resolvedAt: note.threadResolvedAt?.toISOString() ?? null,
        resolvedByName: note.threadResolvedBy?.name ?? null,
        canResolve:
          viewer !== null &&
          mayResolveThread(
            viewer,
            note.authorId,
            threads.get(note.id)!.some((r) => r.authorId === viewer.id),
          ),
      },
    })),
    replies: general.map(replyView),
    discussion: {
      resolvedAt: claim.discussionResolvedAt?.toISOString() ?? null,
      resolvedByName: claim.discussionResolvedBy?.name ?? null,
      canResolve:
        viewer !== null &&
        mayResolveThread(
          viewer,
          claim.authorId,
          general.some((r) => r.authorId === viewer.id),
        ),
    },
    history: claim.events.map((e) => {
      const before = readEventSnapshot(e.before);
      const after = readEventSnapshot(e.after);
      return {
        id: e.id,
        action: e.action,
        description: describeEvent(e.action),
        actorName: e.actor?.name ?? "Claimmark",
        createdAt: e.createdAt.toISOString(),
        detail: describeEventDetail(e.action, before, after),
        before: showCopies ? before : null,
        after: showCopies ? after : null,
      };
    }),
    verdicts: claim.verdicts.map((v) => ({
      verdict: asVerdict(v.verdict) ?? "UNVERIFIABLE",
      summary: v.summary,
      reviewerName: v.reviewer.name,
      publishedAt: v.publishedAt.toISOString(),
      reopenedAt: v.reopenedAt?.toISOString() ?? null,
      reopenedByName: v.reopenedBy?.name ?? null,
      reopenReason: v.reopenReason,
    })),
    settle,
  };
}
