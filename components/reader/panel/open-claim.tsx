"use client";

import { useCallback } from "react";
import { useTranslations } from "next-intl";
import type { ClaimSummary } from "@/lib/data/documents/documents";
import { canReview } from "@/lib/roles";
import { useReader } from "../state/reader-context";
import { AnchorNotice } from "./anchor-notice";
import { ClaimDetailView } from "./claim-detail-view";
import { ClaimSummaryView } from "./claim-summary-view";
import { useClaimDetail } from "./use-claim-detail";

/** The open claim in the panel: its summary at once, then its notes, versions and history. */
export function OpenClaim({ activeId }: { activeId: string }) {
  const t = useTranslations("ClaimPanel");
  const { state, dispatch, viewer, reviewers, isCurrentRevision, openFromPanel } = useReader();
  const onSummary = useCallback(
    (claim: Partial<ClaimSummary> & { id: string }) => dispatch({ type: "claim changed", claim }),
    [dispatch],
  );
  const { detail, error, afterWrite } = useClaimDetail(activeId, state.reloadKey, onSummary);
  const summary = state.claims.find((c) => c.id === activeId);
  const liveNotice = state.liveNotice?.claimId === activeId ? state.liveNotice.by : null;
  const focusTarget = state.focusTarget;
  return (
    <>
      <button type="button" className="link-button" onClick={() => openFromPanel(null)}>
        {t("allClaims")}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {liveNotice && (
        <p role="status" className="live-notice">
          {t("updatedBy", { name: liveNotice })}{" "}
          <button type="button" className="link-button" onClick={() => dispatch({ type: "live notice dismissed" })}>
            {t("dismiss")}
          </button>
        </p>
      )}
      {!detail && !error && summary && <ClaimSummaryView claim={summary} />}
      {!detail && !error && !summary && <p aria-busy="true">{t("loading")}</p>}

      {detail && (
        <>
          <AnchorNotice claim={detail} canReattach={Boolean(viewer && canReview(viewer.role) && isCurrentRevision)} />
          <ClaimDetailView
            claim={detail}
            viewer={viewer}
            reviewers={reviewers}
            onChanged={afterWrite}
            onWithdrawn={() => {
              openFromPanel(null); // the list again, and the permalink gone
              dispatch({ type: "claim withdrawn", id: detail.id });
            }}
            focusNoteForm={state.justFlagged === detail.id}
            focusElementId={focusTarget?.claimId === detail.id ? focusTarget.elementId : null}
          />
        </>
      )}
    </>
  );
}
