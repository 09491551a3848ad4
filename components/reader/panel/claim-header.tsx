import { useTranslations } from "next-intl";
import { sourceChangedSinceVerdict } from "@/lib/capture/changed-since-verdict";
import type { ClaimDetail } from "@/lib/data/claims/claim-detail";
import { StatusChip, VerdictChip } from "@/components/chips";
import { FormattedDate } from "../../formatted-date";

/**
 * The top of a claim card, verdict first: the quote, the final verdict and the status, a
 * warning when a source changed since the verdict, then who flagged it and who has it.
 */
export function ClaimHeader({ claim }: { claim: ClaimDetail }) {
  const t = useTranslations("ClaimHeader");
  const sourceChanged =
    claim.status === "REVIEWED" &&
    sourceChangedSinceVerdict(
      claim.reviewedAt,
      claim.notes.flatMap((n) => n.sources.flatMap((source) => source.capture ?? [])),
    );
  return (
    <>
      <blockquote className="claim-quote">{claim.exact}</blockquote>
      {/* Verdict first: what was decided, then where the claim stands, then who did what. */}
      <dl className="claim-facts claim-verdict">
        {claim.finalVerdict && (
          <>
            <dt>{t("finalVerdict")}</dt>
            <dd>
              <VerdictChip verdict={claim.finalVerdict} />
              {claim.reviewedByName && claim.reviewedAt && (
                <>
                  {" "}
                  {t("by", { name: claim.reviewedByName })}, <FormattedDate iso={claim.reviewedAt} />
                </>
              )}
              {claim.finalSummary && <p className="final-summary">{claim.finalSummary}</p>}
            </dd>
          </>
        )}
        <dt>{t("status")}</dt>
        <dd data-testid="claim-status">
          <StatusChip status={claim.status} />
        </dd>
      </dl>
      {sourceChanged && (
        <p className="warning" data-testid="source-changed">
          {t("sourceChanged")}
        </p>
      )}
      <dl className="claim-facts">
        <dt>{t("flaggedBy")}</dt>
        <dd>
          {claim.authorName}, <FormattedDate iso={claim.createdAt} />
        </dd>
        {claim.assigneeName && (
          <>
            <dt>{t("assignedTo")}</dt>

            <dd>{claim.assigneeName}</dd>
          </>
        )}
      </dl>
    </>
  );
}
