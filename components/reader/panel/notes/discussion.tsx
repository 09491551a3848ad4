"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { NoteThreadView } from "@/lib/data/claims/claim-detail";
import { verdictLabel, type Verdict } from "@/lib/verdicts";
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
      <h3 id={`${id}-heading`}>Discussion ({thread.replies.length})</h3>
      <ResolvableReplies
        replies={thread.replies}
        state={thread}
        resolveUrl={`/api/claims/${claimId}/discussion`}
        kind="discussion"
        listLabel="Replies to the claim"
        onChanged={onChanged}
      />
      {canReply && (
        <form onSubmit={(e) => void submit(e)} aria-label="Reply" noValidate>
          {notes.length > 0 && (
            <>
              <label htmlFor={`${id}-to`}>In answer to</label>
              <select
                id={`${id}-to`}
                value={answering ? answering.id : ""}
                onChange={(e) => onAnswerToChange(e.target.value)}
              >
                <option value="">The claim (general discussion)</option>
                {notes.map((n) => (
                  <option key={n.id} value={n.id}>
                    Note by {n.authorName} ({verdictLabel(n.verdict)})
                  </option>
                ))}
              </select>
            </>
          )}
          <label htmlFor={`${id}-body`}>Your reply</label>
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
            Markdown; type @ to mention someone by name or handle.
            {answering ? ` Shown under ${answering.authorName}'s note.` : ""}
          </p>
          {error && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
          <button type="submit">Reply</button>
        </form>
      )}
    </section>
  );
}
