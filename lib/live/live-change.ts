/**
 * One change, the one shape every part of the live path uses: the change feed's rows, both
 * event streams (a document's and the review queue's) and the clients that read them. Ids and
 * names only, never a note's text: clients fetch what they may see.
 */
export interface LiveChange {
  /** The change feed's sequence number: the SSE event id, and where a reconnect resumes. */
  seq: number;
  documentId: string;
  claimId: string | null;
  actorId: string | null;
  actorName: string | null;
  /** The Event action, e.g. claim.flag, note.create, claim.verdict, document.revise (lib/events.ts). */
  action: string;
}
