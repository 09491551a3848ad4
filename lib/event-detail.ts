import { isClaimStatus, statusLabel } from "./claim-status";
import { isRole, roleLabel } from "./roles";
import { isVerdict, verdictLabel } from "./verdicts";

type Snapshot = Record<string, unknown> | null;

const asObject = (value: unknown): Snapshot =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const status = (value: unknown) => (isClaimStatus(value) ? statusLabel(value) : null);
const verdict = (value: unknown) => (isVerdict(value) ? verdictLabel(value) : null);
const role = (value: unknown) => (isRole(value) ? roleLabel(value) : null);
const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : null);

/**
 * What an event changed, in words, from its before/after snapshots: whose role from what to
 * what, which assignee, which verdict. Only labels and names go into it, never a note's text,
 * so the public claim history can show it; the snapshots themselves stay with admins.
 * Null when there is nothing to add to the event's description.
 */
export function describeEventDetail(action: string, beforeValue: unknown, afterValue: unknown): string | null {
  const before = asObject(beforeValue);
  const after = asObject(afterValue);
  switch (action) {
    case "user.role": {
      const from = role(before?.role);
      const to = role(after?.role);
      return from && to ? `from ${from} to ${to}` : to ? `to ${to}` : null;
    }
    case "user.handle": {
      const from = text(before?.handle);
      const to = text(after?.handle);
      return to ? (from ? `from @${from} to @${to}` : `to @${to}`) : null;
    }
    case "claim.assign": {
      const to = text(after?.assignee);
      const from = text(before?.assignee);
      if (to) return from ? `to ${to} (was ${from})` : `to ${to}`;
      return from ? `unassigned (was ${from})` : null;
    }
    case "claim.status": {
      const from = status(before?.status);
      const to = status(after?.status);
      return from && to ? `from ${from} to ${to}` : null;
    }
    case "claim.verdict": {
      const chosen = verdict(after?.finalVerdict);
      if (!chosen) return null;
      return after?.adminOverrodeSecondReview
        ? `${chosen}, published without evidence (an admin override of the second-pair-of-eyes rule)`
        : chosen;
    }
    case "claim.reopen":
      return text(after?.reason);
    case "reply.create":
      return text(after?.noteId) ? "answering a verification note" : null;
    case "thread.resolve":
    case "thread.reopen": {
      const author = text(after?.noteAuthor);
      return author ? `on ${author}'s note` : null;
    }
    case "note.create": {
      const proposed = verdict(after?.verdict);
      return proposed ? `proposing ${proposed}` : null;
    }
    case "note.edit": {
      const from = verdict(before?.verdict);
      const to = verdict(after?.verdict);
      return from && to && from !== to ? `proposal changed from ${from} to ${to}` : null;
    }
    case "claim.reattach": {
      // The claim's quote is the document's own text, not a note's: safe to show.
      const revision = typeof after?.revision === "number" ? after.revision : null;
      const to = text(after?.exact);
      return to
        ? `to “${to.length > 80 ? `${to.slice(0, 80)}…` : to}”${revision ? ` in revision ${revision}` : ""}`
        : null;
    }
    case "document.revise": {
      const revision = typeof after?.revision === "number" ? after.revision : null;
      if (!revision) return null;
      const count = (state: string) => (typeof after?.[state] === "number" ? after[state] : 0);
      return `revision ${revision}; claims: ${count("exact")} exact, ${count("fuzzy")} fuzzy, ${count("orphaned")} orphaned`;
    }
    default:
      return null;
  }
}
