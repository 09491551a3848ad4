"use client";

import type { ClaimSummary } from "@/lib/data/documents/documents";
import { useReader } from "../state/reader-context";

/** "Previous claim" / "Next claim" (also k / j), through the claims in text order. */
export function ClaimStepper({ anchoredClaims }: { anchoredClaims: ClaimSummary[] }) {
  const { state, stepClaim } = useReader();
  const { activeId } = state;
  if (anchoredClaims.length === 0) return null;
  return (
    <nav className="claim-stepper" aria-label="Claims in text order">
      <button
        type="button"
        className="secondary"
        onClick={() => stepClaim(-1)}
        aria-keyshortcuts="k"
        disabled={Boolean(activeId) && anchoredClaims[0]?.id === activeId}
      >
        Previous claim
      </button>{" "}
      <button
        type="button"
        className="secondary"
        onClick={() => stepClaim(1)}
        aria-keyshortcuts="j"
        disabled={Boolean(activeId) && anchoredClaims[anchoredClaims.length - 1]?.id === activeId}
      >
        Next claim
      </button>
    </nav>
  );
}
