"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("Suggestions");
  const [busy, setBusy] = useState(false);
  if (dismissed.length === 0) return null;
  return (
    <details className="dismissed-suggestions">
      <summary>{t("dismissedCount", { count: dismissed.length })}</summary>
      <ul className="claim-list">
        {dismissed.map((d) => (
          <li key={d.id}>
            <span className="claim-list-quote">“{d.text}”</span>{" "}
            <span className="claim-list-meta">
              {d.dismissedBy ? t("dismissedBy", { name: d.dismissedBy }) : t("dismissed")}{" "}
              <FormattedDate iso={d.dismissedAt} />
            </span>{" "}
            <button
              type="button"
              className="link-button"
              disabled={busy}
              aria-label={t("restoreLabel", { text: d.text.slice(0, 60) })}
              onClick={() => {
                setBusy(true);
                void onRestore(d.id).finally(() => setBusy(false));
              }}
            >
              {t("restore")}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
