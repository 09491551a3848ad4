/** Every kind of change the append-only event log records. */
export const EVENT_ACTIONS = [
  "user.signup",
  "user.role",
  "user.disable",
  "user.enable",
  "claim.flag",
  "claim.withdraw",
  "claim.assign",
  "claim.status",
  "claim.verdict",
  "claim.reopen",
  "note.create",
  "note.edit",
  "note.delete",
  "reply.create",
  "document.seed",
  "document.import",
  "document.revise",
  "document.edit",
  "document.archive",
  "document.unarchive",
  "claim.reattach",
  "suggestion.dismiss",
  "claim.link",
  "claim.unlink",
  "factcheck.import",
] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

const DESCRIPTIONS: Record<EventAction, string> = {
  "user.signup": "created an account",
  "user.role": "changed a role",
  "user.disable": "disabled an account",
  "user.enable": "re-enabled an account",
  "claim.flag": "flagged the claim",
  "claim.withdraw": "withdrew the claim",
  "claim.assign": "changed the assignee",
  "claim.status": "changed the status",
  "claim.verdict": "published the final verdict",
  "claim.reopen": "reopened the claim",
  "note.create": "added a verification note",
  "note.edit": "edited a verification note",
  "note.delete": "deleted a verification note",
  "reply.create": "replied in the discussion",
  "document.seed": "added the document",
  "document.import": "imported the document",
  "document.revise": "uploaded a new version",
  "document.edit": "edited the document's details",
  "document.archive": "archived the document",
  "document.unarchive": "restored the document to the list",
  "claim.reattach": "re-attached the claim to new text",
  "suggestion.dismiss": "dismissed a suggested claim",
  "claim.link": "linked the claim to an earlier fact-check of the same claim",
  "claim.unlink": "removed a link to an earlier fact-check",
  "factcheck.import": "imported fact-checks",
};

/** A short past-tense phrase for timelines ("Ana published the final verdict"). */
export function describeEvent(action: string): string {
  return (DESCRIPTIONS as Record<string, string>)[action] ?? action;
}
