"use client";

import { useState } from "react";
import type { NoteThreadView } from "@/lib/data/claims/claim-detail";
import { callApi } from "../../../api-client";
import { FormattedDate } from "../../../formatted-date";
import { ReplyItem } from "./reply-item";

interface Props {
  noteId: string;
  thread: NoteThreadView;
  /** "Answer this note": the discussion's reply form, set to answer this note. */
  onAnswer: (() => void) | null;
  onChanged: () => void;
}

/**
 * The replies answering one note, threaded under it as in document comments. A resolved
 * thread folds into one line ("Resolved by …") that opens to show it and can be reopened.
 */
export function NoteThread({ noteId, thread, onAnswer, onChanged }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const count = thread.replies.length;

  async function setResolved(resolved: boolean) {
    setBusy(true);
    const result = await callApi(`/api/notes/${noteId}/thread`, "PUT", { resolved });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setError(null);
    onChanged();
  }

  const replies = (
    <ol className="reply-list note-thread-replies" aria-label="Replies to this note">
      {thread.replies.map((reply) => (
        <ReplyItem key={reply.id} reply={reply} />
      ))}
    </ol>
  );

  return (
    <div className="note-thread">
      {thread.resolvedAt ? (
        <details className="thread-resolved">
          <summary>
            Resolved{thread.resolvedByName ? ` by ${thread.resolvedByName}` : ""},{" "}
            <FormattedDate iso={thread.resolvedAt} /> · {count} {count === 1 ? "reply" : "replies"}
          </summary>
          {replies}
        </details>
      ) : (
        count > 0 && replies
      )}
      <div className="note-actions">
        {onAnswer && !thread.resolvedAt && (
          <button type="button" className="secondary" onClick={onAnswer}>
            Answer this note
          </button>
        )}
        {thread.canResolve &&
          (thread.resolvedAt ? (
            <button type="button" className="secondary" disabled={busy} onClick={() => void setResolved(false)}>
              Reopen thread
            </button>
          ) : (
            <button type="button" className="secondary" disabled={busy} onClick={() => void setResolved(true)}>
              Resolve thread
            </button>
          ))}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
