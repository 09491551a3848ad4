/**
 * A claim's review status and the moves between them. FLAGGED: no note yet; IN_REVIEW:
 * at least one note, no final verdict; REVIEWED: a final verdict is published.
 */
export const CLAIM_STATUSES = ["FLAGGED", "IN_REVIEW", "REVIEWED"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** What happens to a claim; each event names the status it leads to, or refuses. */
export type ClaimTransition =
  | "add-note" // a verification note is added
  | "remove-last-note" // the last remaining note is deleted
  | "publish" // a reviewer publishes the final verdict
  | "reopen" // a reviewer reopens a published verdict
  | "set-status"; // a reviewer moves it by hand (bulk "Set status")

const LABELS: Record<ClaimStatus, string> = {
  FLAGGED: "Flagged",
  IN_REVIEW: "In review",
  REVIEWED: "Reviewed",
};

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === "string" && (CLAIM_STATUSES as readonly string[]).includes(value);
}

export function statusLabel(status: ClaimStatus): string {
  return LABELS[status];
}

export type TransitionResult = { ok: true; status: ClaimStatus } | { ok: false; message: string };

/**
 * The status machine. `target` is only read for "set-status", which may move a claim
 * between FLAGGED and IN_REVIEW but never to REVIEWED (that needs a published verdict)
 * nor out of REVIEWED (that needs a reopen with a reason).
 */
export function transition(from: ClaimStatus, event: ClaimTransition, target?: ClaimStatus): TransitionResult {
  switch (event) {
    case "add-note":
      return { ok: true, status: from === "FLAGGED" ? "IN_REVIEW" : from };
    case "remove-last-note":
      return { ok: true, status: from === "IN_REVIEW" ? "FLAGGED" : from };
    case "publish":
      if (from === "REVIEWED")
        return { ok: false, message: "This claim already has a final verdict. Reopen it first." };
      return { ok: true, status: "REVIEWED" };
    case "reopen":
      if (from !== "REVIEWED") return { ok: false, message: "Only a claim with a final verdict can be reopened." };
      return { ok: true, status: "IN_REVIEW" };
    case "set-status":
      if (!target) return { ok: false, message: "Choose a status." };
      if (target === "REVIEWED")
        return { ok: false, message: "A claim becomes Reviewed only by publishing a final verdict." };
      if (from === "REVIEWED")
        return { ok: false, message: "A reviewed claim must be reopened, with a reason, before its status changes." };
      return { ok: true, status: target };
  }
}
