import { useTranslations } from "next-intl";
import type { ClaimSummary } from "@/lib/data/documents/documents";
import { VerdictChip } from "@/components/chips";

/**
 * What the reader already knows about a claim (its quote, status and verdict), shown the moment
 * the claim is opened while its notes and history load: opening a claim among thousands
 * answers at once instead of after a round trip.
 */
export function ClaimSummaryView({ claim }: { claim: ClaimSummary }) {
  const t = useTranslations("ClaimHeader");
  const statusLabel = useTranslations("Statuses");
  return (
    <article className="claim-detail" aria-labelledby="claim-heading" aria-busy="true">
      <h2 id="claim-heading">{t("claim")}</h2>
      <blockquote className="claim-quote">{claim.exact}</blockquote>
      <dl className="claim-facts">
        <dt>{t("status")}</dt>
        <dd data-testid="claim-status">{statusLabel(claim.status)}</dd>
        {claim.finalVerdict && (
          <>
            <dt>{t("finalVerdict")}</dt>
            <dd>
              <VerdictChip verdict={claim.finalVerdict} />
            </dd>
          </>
        )}
      </dl>
      <p className="hint">{t("loadingNotes")}</p>
    </article>
  );
}
