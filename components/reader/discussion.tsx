"use client";

import { useId, useState } from "react";
import type { ReplyView } from "@/lib/data/claim-detail";
import { callApi } from "../api-client";
import { FormattedDate } from "../formatted-date";

/** The claim's discussion: replies under the notes, and a "Reply" form for signed-in people. */
export function Discussion({ claimId, replies, canReply, onChanged }: { claimId: string; replies: ReplyView[]; canReply: boolean; onChanged: () => void }) {
  const id = useId();
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await callApi(`/api/claims/${claimId}/replies`, "POST", { body });
    if (!result.ok) return setError(result.fieldErrors.body ?? result.message);
    setBody("");
    setError(null);
    onChanged();
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="discussion">
      <h3 id={`${id}-heading`}>Discussion ({replies.length})</h3>
      <ol className="reply-list">
        {replies.map((r) => (
          <li key={r.id} className="reply">
            <p className="note-meta">
              {r.authorName}, <FormattedDate iso={r.createdAt} />
            </p>
            {/* Sanitised on the server (lib/markdown/render-markdown.ts). */}
            <div dangerouslySetInnerHTML={{ __html: r.bodyHtml }} />
          </li>
        ))}
      </ol>
      {canReply && (
        <form onSubmit={(e) => void submit(e)} aria-label="Reply" noValidate>
          <label htmlFor={`${id}-body`}>Your reply</label>
          <textarea id={`${id}-body`} rows={2} value={body} onChange={(e) => setBody(e.target.value)} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`} aria-invalid={Boolean(error)} />
          <p id={`${id}-hint`} className="hint">
            Markdown; mention someone with @Name.
          </p>
          {error && <p id={`${id}-error`} className="field-error">{error}</p>}
          <button type="submit">Reply</button>
        </form>
      )}
    </section>
  );
}
