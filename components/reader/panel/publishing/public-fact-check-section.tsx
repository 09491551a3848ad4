"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ClaimDetail } from "@/lib/data/claims/claim-detail";
import type { FactCheckDraft } from "@/lib/data/publishing/fact-check-draft";
import { callApi } from "../../../api-client";
import { FormattedDate } from "../../../formatted-date";
import { FoldingSection } from "../folding-section";
import { FactCheckForm } from "./fact-check-form";
import { UnpublishForm } from "./unpublish-form";

type Open = "publish" | "update" | "unpublish" | null;

/**
 * The claim's public fact-check: a link to its page for everyone once published; for Editors
 * "Publish fact-check" (after the final verdict), then "Update fact-check" and "Unpublish". Each
 * button gives way to its form, whose own button has the same name.
 */
export function PublicFactCheckSection({
  claim,
  canPublish,
  onDone,
}: {
  claim: ClaimDetail;
  canPublish: boolean;
  onDone: (message: string | null, tone: "info" | "error") => void;
}) {
  const t = useTranslations("Publishing");
  const [open, setOpen] = useState<Open>(null);
  const [draft, setDraft] = useState<FactCheckDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = claim.publicFactCheck;
  const published = Boolean(current?.published);
  if (!published && !(canPublish && claim.status === "REVIEWED")) return null;

  async function openForm(which: Exclude<Open, null>) {
    setError(null);
    if (which !== "unpublish") {
      const result = await callApi<FactCheckDraft>(`/api/claims/${claim.id}/fact-check`, "GET");
      if (!result.ok) return setError(result.message);
      if (result.data.blocker) return setError(result.data.blocker);
      setDraft(result.data);
    }
    setOpen(which);
  }
  const finished = (message: string | null, tone: "info" | "error") => {
    if (tone === "info") setOpen(null);
    onDone(message, tone);
  };

  return (
    <FoldingSection id="public-fact-check" title={t("section")}>
      {published && current && (
        <p>
          <a href={`/fact-checks/${current.slug}`}>{t("viewPage")}</a>
          {current.underReviewSince && (
            <> {t.rich("underReview", { date: () => <FormattedDate iso={current.underReviewSince!} /> })}</>
          )}
        </p>
      )}
      {!published && current && <p className="hint">{t("unpublishedHint")}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {canPublish && open === null && (
        <div className="form-actions">
          {published ? (
            <>
              <button type="button" onClick={() => void openForm("update")}>
                {t("update")}
              </button>
              <button type="button" className="secondary" onClick={() => void openForm("unpublish")}>
                {t("unpublish")}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => void openForm("publish")}>
              {t("publish")}
            </button>
          )}
        </div>
      )}
      {(open === "publish" || open === "update") && draft && (
        <FactCheckForm claimId={claim.id} draft={draft} mode={open} onDone={finished} onCancel={() => setOpen(null)} />
      )}
      {open === "unpublish" && <UnpublishForm claimId={claim.id} onDone={finished} onCancel={() => setOpen(null)} />}
    </FoldingSection>
  );
}
