import { useTranslations } from "next-intl";
import type { HistoryEntry } from "@/lib/data/claims/claim-detail";
import { FormattedDate } from "../../formatted-date";

/** The claim's trail from the event log: who did what, when, oldest first. */
export function ClaimHistory({ history }: { history: HistoryEntry[] }) {
  const t = useTranslations("ClaimHistory");
  return (
    <details className="claim-history">
      <summary>{t("summary", { count: history.length })}</summary>
      <ol aria-label={t("label")}>
        {history.map((entry) => (
          <li key={entry.id}>
            <FormattedDate iso={entry.createdAt} /> — <strong>{entry.actorName}</strong> {entry.description}
            {entry.detail && <>: {entry.action === "claim.reopen" ? `“${entry.detail}”` : entry.detail}</>}
          </li>
        ))}
      </ol>
    </details>
  );
}
