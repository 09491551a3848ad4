"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ClaimDetail } from "@/lib/data/claims/claim-detail";
import { callApi } from "../../api-client";
import { proposedVerdicts } from "@/lib/agreement";
import { agreementLine } from "@/lib/agreement-line";
import { canReview } from "@/lib/roles";
import { AssignSelect, type ReviewerOption } from "./review/assign-select";
import { ClaimHistory } from "./claim-history";
import { Discussion } from "./notes/discussion";
import { FinalVerdictForm } from "./review/final-verdict-form";
import { ReopenForm } from "./review/reopen-form";
import { PublicFactCheckSection } from "./publishing/public-fact-check-section";
import { NoteCard } from "./notes/note-card";
import { NoteForm } from "./notes/note-form";
import type { Viewer } from "../viewer";
import { SimilarFactChecks, type NotePrefill } from "./similar-fact-checks";
import { useBringIntoView } from "./use-bring-into-view";
import { ClaimHeader } from "./claim-header";
import { FoldingSection } from "./folding-section";
import { SheetActions } from "./sheet-actions";
import { useMediaQuery } from "../../use-media-query";
import { useReader } from "../state/reader-context";

interface Props {
  claim: ClaimDetail;
  viewer: Viewer | null;
  reviewers: ReviewerOption[];
  /** After a write: reload the claim; `claimVersion`, when the write returned it, applies at once. */
  onChanged: (claimVersion?: number) => void;
  onWithdrawn: () => void;
  /** The claim was just flagged: its note form takes the focus. */
  focusNoteForm?: boolean;
  /** A note or reply (element id) to scroll into view and focus once, e.g. from an inbox link. */
  focusElementId?: string | null;
}

/** One claim in the panel: the quote, who flagged it, its status and verdict, its notes. */
export function ClaimDetailView({
  claim,
  viewer,
  reviewers,
  onChanged,
  onWithdrawn,
  focusNoteForm = false,
  focusElementId = null,
}: Props) {
  const t = useTranslations("ClaimDetail");
  const verdictLabel = useTranslations("Verdicts");
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; tone: "info" | "error" } | null>(null);
  const isReviewer = viewer ? canReview(viewer.role) : false;
  const isAdmin = viewer?.role === "ADMIN";
  const proposals = proposedVerdicts(claim.notes.map((n) => n.verdict));
  const agreement = agreementLine(
    claim.notes.map((n) => n.verdict),
    {
      verdict: (verdict) => verdictLabel(verdict),
      split: (counts) => t("agreementSplit", { counts }),
      majority: (share, verdict, counts) => t("agreementMajority", { share, verdict, counts }),
      separator: t("separator"),
    },
  );
  const reviewDone = (text: string | null, tone: "info" | "error") => {
    setNotice(text ? { text, tone } : null);
    onChanged();
  };
  // "Start a note from it": the note form starts again, filled from an earlier fact-check.
  const [prefill, setPrefill] = useState<{ key: number; data: NotePrefill } | null>(null);
  // The discussion's reply form: which note it answers ("" = the claim), and a focus request.
  const [answerTo, setAnswerTo] = useState("");
  const [answerFocus, setAnswerFocus] = useState(0);
  useBringIntoView(focusElementId);
  const { stepClaim } = useReader();
  const onPhone = useMediaQuery("(max-width: 700px)");
  const articleRef = useRef<HTMLElement>(null);
  // "Add note" (the phone's bottom bar) and "Start a note from it" open the notes if folded.
  const [notesReveal, setNotesReveal] = useState(0);
  const goToNoteForm = () => setNotesReveal((n) => n + 1);
  // After the notes are shown (FoldingSection opens them in the same render): the form's first field.
  useEffect(() => {
    if (notesReveal === 0) return;
    const field = articleRef.current?.querySelector<HTMLElement>(".note-form select, .note-form textarea");
    field?.scrollIntoView({ block: "center" });
    field?.focus({ preventScroll: true });
  }, [notesReveal]);
  const canWithdraw = viewer && (viewer.id === claim.authorId || viewer.role === "ADMIN") && claim.notes.length === 0;

  async function withdraw() {
    if (!window.confirm(t("withdrawConfirm"))) return;
    const result = await callApi(`/api/claims/${claim.id}`, "DELETE");
    if (!result.ok) return setError(result.message);
    onWithdrawn();
  }

  return (
    <article className="claim-detail" aria-labelledby="claim-heading" id={`claim-${claim.id}`} ref={articleRef}>
      <h2 id="claim-heading">{t("heading")}</h2>
      <ClaimHeader claim={claim} />
      {agreement && (
        <p className="agreement" data-testid="agreement">
          {agreement}
        </p>
      )}
      {notice && (
        <p role={notice.tone === "error" ? "alert" : "status"} className={notice.tone === "error" ? "error" : "notice"}>
          {notice.text}
        </p>
      )}
      {isReviewer && (
        <FoldingSection id="verdict-section" title={t("verdict")} className="review-controls">
          <AssignSelect claimId={claim.id} assigneeId={claim.assigneeId} reviewers={reviewers} onDone={reviewDone} />
          {claim.settle && !claim.settle.ok && (
            <p className="warning" data-testid="settle-reason">
              {claim.settle.reason}
              {isAdmin && claim.status !== "REVIEWED" && ` ${t("adminMayPublish")}`}
              {isAdmin && claim.status === "REVIEWED" && ` ${t("adminMayOverride")}`}
            </p>
          )}
          {(claim.settle?.ok || isAdmin) &&
            (claim.status === "REVIEWED" ? (
              <ReopenForm claimId={claim.id} version={claim.version} canOverride={isAdmin} onDone={reviewDone} />
            ) : (
              <FinalVerdictForm
                claimId={claim.id}
                version={claim.version}
                canOverride={isAdmin}
                blockedReason={claim.settle && !claim.settle.ok ? claim.settle.reason : null}
                proposals={proposals}
                onDone={reviewDone}
              />
            ))}
        </FoldingSection>
      )}
      <PublicFactCheckSection claim={claim} canPublish={isReviewer} onDone={reviewDone} />
      {canWithdraw && (
        <button type="button" className="danger" onClick={() => void withdraw()}>
          {t("withdraw")}
        </button>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}

      <FoldingSection
        id="notes-section"
        title={t("notesHeading", { count: claim.notes.length })}
        revealKey={notesReveal + (prefill?.key ?? 0)}
      >
        {claim.notes.length === 0 && <p>{t("noNotes")}</p>}
        <ol className="note-list">
          {claim.notes.map((note) => (
            <li key={note.id}>
              <NoteCard
                note={note}
                viewer={viewer}
                onChanged={onChanged}
                onAnswer={
                  viewer
                    ? () => {
                        setAnswerTo(note.id);
                        setAnswerFocus((n) => n + 1);
                      }
                    : null
                }
              />
            </li>
          ))}
        </ol>

        {viewer ? (
          <NoteForm
            key={prefill?.key ?? 0}
            claimId={claim.id}
            initial={prefill?.data}
            onSaved={(version) => {
              setPrefill(null);
              onChanged(version);
            }}
            autoFocus={focusNoteForm || prefill !== null}
          />
        ) : (
          <p>
            {t.rich("signInToNote", {
              link: (chunks) => (
                <a
                  href={`/signin?callbackUrl=${encodeURIComponent(`/documents/${claim.documentSlug}#claim-${claim.id}`)}`}
                >
                  {chunks}
                </a>
              ),
            })}
          </p>
        )}
      </FoldingSection>
      <SimilarFactChecks
        claimId={claim.id}
        text={claim.exact}
        links={claim.links}
        viewer={viewer}
        onLinksChanged={() => onChanged()}
        onStartNote={(data) => setPrefill((current) => ({ key: (current?.key ?? 0) + 1, data }))}
      />

      <Discussion
        claimId={claim.id}
        thread={{ replies: claim.replies, ...claim.discussion }}
        notes={claim.notes}
        canReply={Boolean(viewer)}
        answerTo={answerTo}
        onAnswerToChange={setAnswerTo}
        focusKey={answerFocus}
        onChanged={onChanged}
      />
      <ClaimHistory history={claim.history} />
      {onPhone && (
        <SheetActions canAddNote={Boolean(viewer)} onAddNote={goToNoteForm} onNextClaim={() => stepClaim(1)} />
      )}
    </article>
  );
}
