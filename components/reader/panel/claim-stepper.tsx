"use client";

import { useTranslations } from "next-intl";
import type { ClaimSummary } from "@/lib/data/documents/documents";
import { useReader } from "../state/reader-context";

/** "Previous claim" / "Next claim" (also k / j), through the claims in text order. */
export function ClaimStepper({ anchoredClaims }: { anchoredClaims: ClaimSummary[] }) {
  const t = useTranslations("ClaimPanel");
  const { state, stepClaim } = useReader();
  const { activeId } = state;
  if (anchoredClaims.length === 0) return null;
  return (
    <nav className="claim-stepper" aria-label={t("stepperLabel")}>
      <button
        type="button"
        className="secondary"
        onClick={() => stepClaim(-1)}
        aria-keyshortcuts="k"
        disabled={Boolean(activeId) && anchoredClaims[0]?.id === activeId}
      >
        {t("previousClaim")}
      </button>{" "}
      <button
        type="button"
        className="secondary"
        onClick={() => stepClaim(1)}
        aria-keyshortcuts="j"
        disabled={Boolean(activeId) && anchoredClaims[anchoredClaims.length - 1]?.id === activeId}
      >
        {t("nextClaim")}
      </button>
    </nav>
  );
}
