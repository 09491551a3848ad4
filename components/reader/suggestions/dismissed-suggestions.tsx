"use client";

import { useState } from "react";
import type { DismissedSuggestion } from "@/lib/data/suggestions/dismissals";
import { FormattedDate } from "../../formatted-date";

/** Reviewers' "Dismissed (N)": what the desk turned down, by whom and when, each with "Restore". */
export function DismissedSuggestions({
  dismissed,
  onRestore,
}: {
  dismissed: DismissedSuggestion[];
  onRestore: (id: string) => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  if (dismissed.length === 0) return null;
  return (
    <details className="dismissed-suggestions">
      <summary>Dismissed ({dismissed.length})</summary>
      <ul className="claim-list">
        {dismissed.map((d) => (
          <li key={d.id}>
            <span className="claim-list-quote">“{d.text}”</span>{" "}
            <span className="claim-list-meta">
              dismissed{d.dismissedBy ? ` by ${d.dismissedBy}` : ""} <FormattedDate iso={d.dismissedAt} />
            </span>{" "}
            <button
              type="button"
              className="link-button"
              disabled={busy}
              aria-label={`Restore “${d.text.slice(0, 60)}”`}
              onClick={() => {
                setBusy(true);
                void onRestore(d.id).finally(() => setBusy(false));
              }}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
