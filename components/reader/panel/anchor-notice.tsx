import { useTranslations } from "next-intl";
import type { ClaimDetail } from "@/lib/data/claims/claim-detail";

/**
 * What happened to a claim's words when the document changed: nothing to say for an exact
 * claim; for a fuzzy one the earlier and the current wording; for an orphan its stored quote
 * and how to re-attach it.
 */
export function AnchorNotice({ claim, canReattach }: { claim: ClaimDetail; canReattach: boolean }) {
  const t = useTranslations("AnchorNotice");
  if (claim.anchorState === "exact") return null;
  const earlier = [...claim.anchors].reverse().find((a) => a.exact !== claim.exact);
  if (claim.anchorState === "fuzzy") {
    return (
      <div className="anchor-notice anchor-fuzzy" role="note" aria-label={t("fuzzyLabel")}>
        <p>{t.rich("fuzzy", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
        {earlier && (
          <p>
            {t("was", { revision: earlier.revision })} <q>{earlier.exact}</q>
            <br />
            {t("now")} <q>{claim.exact}</q>
          </p>
        )}
      </div>
    );
  }
  return (
    <div className="anchor-notice anchor-orphaned" role="note" aria-label={t("orphanedLabel")}>
      <p>{t.rich("orphaned", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <p>
        {t("storedQuote")} <q>{claim.exact}</q>
      </p>
      <p>{canReattach ? t("reattachHow") : t("reattachByReviewer")}</p>
    </div>
  );
}
