"use client";

import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ReplyView, ThreadState } from "@/lib/data/claims/claim-detail";
import { callApi } from "../../../api-client";
import { FormattedDate } from "../../../formatted-date";
import { ReplyItem } from "./reply-item";

interface Props {
  replies: ReplyView[];
  state: ThreadState;
  /** Where PUT {resolved} goes: a note's thread or the claim's discussion. */
  resolveUrl: string;
  /** "thread" (under a note) or "discussion" (the claim's): the buttons say which. */
  kind: "thread" | "discussion";
  /** The list's accessible name. */
  listLabel: string;
  /** An action beside Resolve, shown while the conversation is open ("Answer this note"). */
  action?: ReactNode;
  onChanged: () => void;
}

/**
 * One conversation, the same for a note's thread and the claim's discussion: its replies, and
 * once resolved, one line ("Resolved by …") that opens to show them; "Resolve …" and
 * "Reopen …" for those allowed, and a new reply reopens it (the server's rule).
 */
export function ResolvableReplies({ replies, state, resolveUrl, kind, listLabel, action, onChanged }: Props) {
  const t = useTranslations("Discussion");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const count = replies.length;

  async function setResolved(resolved: boolean) {
    setBusy(true);
    const result = await callApi(resolveUrl, "PUT", { resolved });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setError(null);
    onChanged();
  }

  const list = (
    <ol className={`reply-list ${kind === "thread" ? "note-thread-replies" : ""}`} aria-label={listLabel}>
      {replies.map((reply) => (
        <ReplyItem key={reply.id} reply={reply} />
      ))}
    </ol>
  );
  // A note opens its own thread, so it may be resolved before anyone answers; the claim's
  // discussion has nothing to resolve until someone has said something.
  const resolvable = state.canResolve && (kind === "thread" || count > 0 || state.resolvedAt !== null);

  return (
    <>
      {state.resolvedAt ? (
        <details className="thread-resolved">
          <summary>
            {state.resolvedByName ? t("resolvedBy", { name: state.resolvedByName }) : t("resolved")},{" "}
            <FormattedDate iso={state.resolvedAt} /> · {t("replies", { count })}
          </summary>
          {list}
        </details>
      ) : (
        count > 0 && list
      )}
      {(action || resolvable) && (
        <div className="note-actions">
          {!state.resolvedAt && action}
          {resolvable &&
            (state.resolvedAt ? (
              <button type="button" className="secondary" disabled={busy} onClick={() => void setResolved(false)}>
                {kind === "thread" ? t("reopenThread") : t("reopenDiscussion")}
              </button>
            ) : (
              <button type="button" className="secondary" disabled={busy} onClick={() => void setResolved(true)}>
                {kind === "thread" ? t("resolveThread") : t("resolveDiscussion")}
              </button>
            ))}
        </div>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </>
  );
}
