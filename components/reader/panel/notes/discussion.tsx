"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { NoteThreadView } from "@/lib/data/claims/claim-detail";
import type { Verdict } from "@/lib/verdicts";
import { callApi } from "../../../api-client";
import { MentionTextarea } from "../../../mention-textarea";
import { ResolvableReplies } from "./resolvable-replies";

export interface AnswerableNote {
  id: string;
  authorName: string;
  verdict: Verdict;
}

interface Props {
  claimId: string;
  /** Its replies, resolved or not, and whether the viewer may change that: the same shape as a note's thread. */
  thread: NoteThreadView;
  /** The notes a reply can answer (threaded under the note). */
  notes: AnswerableNote[];
  canReply: boolean;
  /** Which note the form answers ("" for the general discussion); a note's "Answer this note" sets it. */
  answerTo: string;
  onAnswerToChange: (noteId: string) => void;
  /** Bumped by "Answer this note": the reply box takes the focus. */
  focusKey: number;
  onChanged: () => void;
}

/**
 * The claim's discussion: general replies, folded once resolved like a note's thread, and the
 * "Reply" form that can answer one note instead.
 */
export function Discussion({
  claimId,
  thread,
  notes,
  canReply,
  answerTo,
  onAnswerToChange,
  focusKey,
  onChanged,
}: Props) {
  const t = useTranslations("Discussion");
  const verdictLabel = useTranslations("Verdicts");
  const id = useId();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const answering = notes.find((n) => n.id === answerTo);

  useEffect(() => {
    if (focusKey > 0) bodyRef.current?.focus();
  }, [focusKey]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await callApi(
      `/api/claims/${claimId}/replies`,
      "POST",
      answering ? { body, noteId: answering.id } : { body },
    );
    if (!result.ok) return setError(result.fieldErrors.body ?? result.fieldErrors.noteId ?? result.message);
    setBody("");
    setError(null);
    onAnswerToChange("");
    onChanged();
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="discussion">
      <h3 id={`${id}-heading`}>{t("heading", { count: thread.replies.length })}</h3>
      <ResolvableReplies
        replies={thread.replies}
        state={thread}
        resolveUrl={`/api/claims/${claimId}/discussion`}
        kind="discussion"
        listLabel={t("repliesLabel")}
        onChanged={onChanged}
      />
      {canReply && (
        <form onSubmit={(e) => void submit(e)} aria-label={t("reply")} noValidate>
          {notes.length > 0 && (
            <>
              <label htmlFor={`${id}-to`}>{t("inAnswerTo")}</label>
              <select
                id={`${id}-to`}
                value={answering ? answering.id : ""}
                onChange={(e) => onAnswerToChange(e.target.value)}
              >
                <option value="">{t("theClaim")}</option>
                {notes.map((n) => (
                  <option key={n.id} value={n.id}>
                    {t("noteBy", { name: n.authorName, verdict: verdictLabel(n.verdict) })}
                  </option>
                ))}
              </select>
            </>
          )}
          <label htmlFor={`${id}-body`}>{t("yourReply")}</label>
          <MentionTextarea
            ref={bodyRef}
            id={`${id}-body`}
            rows={2}
            value={body}
            onChange={(value) => {
              setBody(value);
              setError(null);
            }}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
            aria-invalid={Boolean(error)}
          />
          <p id={`${id}-hint`} className="hint">
            {t("hint")}
            {answering ? ` ${t("shownUnder", { name: answering.authorName })}` : ""}
          </p>
          {error && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
          <button type="submit">{t("reply")}</button>
        </form>
      )}
    </section>
  );
}
