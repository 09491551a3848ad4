import { useTranslations } from "next-intl";
import type { HistoryEntry } from "@/lib/data/claims/claim-detail";
import { FormattedDate } from "../../formatted-date";
import { useServerText } from "../../i18n/server-text";

/** The claim's trail from the event log: who did what, when, oldest first. */
export function ClaimHistory({ history }: { history: HistoryEntry[] }) {
  const t = useTranslations("ClaimHistory");
  const translate = useServerText();
  return (
    <details className="claim-history">
      <summary>{t("summary", { count: history.length })}</summary>
      <ol aria-label={t("label")}>
        {history.map((entry) => (
          <li key={entry.id}>
            <FormattedDate iso={entry.createdAt} /> — <strong>{entry.actorName}</strong> {translate(entry.description)}
            {/* A reopening's detail is the reviewer's own reason, quoted as written. */}
            {entry.detail && <>: {entry.action === "claim.reopen" ? `“${entry.detail}”` : translate(entry.detail)}</>}
          </li>
        ))}
      </ol>
    </details>
  );
}
