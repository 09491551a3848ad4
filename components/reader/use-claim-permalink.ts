"use client";

import { useEffect, type Dispatch, type RefObject } from "react";
import type { ClaimSummary } from "@/lib/data/documents/documents";
import { useLatest } from "../use-latest";
import type { FocusTarget, ReaderAction } from "./state/reader-state";

/** An inbox link (?reply=… or ?note=… with #claim-…) names a reply or note to bring into view. */
export function focusTargetOf(location: { search: string; hash: string }): FocusTarget | null {
  const params = new URLSearchParams(location.search);
  const claimId = location.hash.match(/^#claim-(.+)$/)?.[1];
  const reply = params.get("reply");
  const note = params.get("note");
  if (!claimId || !(reply || note)) return null;
  return { claimId, elementId: reply ? `reply-${reply}` : `note-${note}` };
}

/**
 * A permalink (#claim-<id>) opens the panel on that claim and scrolls to its highlight: on
 * load, and when a permalink is followed while the reader is already open.
 */
export function useClaimPermalink(
  claims: ClaimSummary[],
  dispatch: Dispatch<ReaderAction>,
  frameRef: RefObject<HTMLDivElement | null>,
) {
  const latestClaims = useLatest(claims);
  useEffect(() => {
    const followHash = () => {
      const id = window.location.hash.match(/^#claim-(.+)$/)?.[1];
      if (!id || !latestClaims.current.some((c) => c.id === id)) return;
      dispatch({ type: "claim opened", id });
      window.setTimeout(() => {
        frameRef.current?.querySelector(`mark[data-claim-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "center" });
      }, 50);
    };
    const target = focusTargetOf(window.location);
    if (target) dispatch({ type: "focus target set", target });
    followHash();
    window.addEventListener("hashchange", followHash);
    return () => window.removeEventListener("hashchange", followHash);
  }, [dispatch, frameRef, latestClaims]);
}
