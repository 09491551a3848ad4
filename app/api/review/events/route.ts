import { latestChangeSeq, type DocumentChange } from "@/lib/data/live/change-feed";
import { sseMessage } from "@/lib/live/sse";
import { ALL_DOCUMENTS, changeWatcher } from "@/server/live/change-watcher";
import { canReview } from "@/lib/roles";
import { workspacesWhere } from "@/lib/data/workspaces/scope";
import { documentWorkspaces } from "@/lib/data/workspaces/document-workspaces";
import { sseResponse } from "@/server/live/sse-response";
import { streamCaller } from "@/server/live/stream-caller";
import { apiRoute } from "@/server/route";

/**
 * GET: a server-sent events stream of changes on the documents of every workspace the caller
 * reviews in, for the review queue's "N new changes" line (Editors and Admins). Ids and names only.
 */
export const GET = apiRoute(
  { caller: "reviewer", refusal: "The review queue's changes are for reviewers." },
  async ({ db, actor, request }) => {
    // The workspaces follow the caller's roles as each keep-alive reads them again.
    let reviewed = new Set(workspacesWhere(actor!, canReview));
    const caller = streamCaller(request, db, actor, (now) => {
      reviewed = new Set(workspacesWhere(now, canReview));
      return reviewed.size > 0;
    });
    const workspaceOf = documentWorkspaces(db);
    return sseResponse(request, caller, async (channel) => {
      // Only changes after the stream's "ready" count as new: the watcher also hands on the
      // short tail of the feed it reads again whenever it starts (server/live/change-watcher.ts).
      // Those heard before the ready seq is known wait for it, so none slips between the two.
      let readySeq: number | null = null;
      const held: DocumentChange[] = [];
      const send = (change: DocumentChange) => {
        if (change.seq <= readySeq!) return;
        void workspaceOf(change.documentId)
          .then((workspaceId) => {
            if (workspaceId && reviewed.has(workspaceId))
              channel.send(sseMessage({ id: change.seq, event: "change", data: change }));
          })
          .catch((error) => console.error("review stream: reading a document's workspace failed", error));
      };
      channel.onClose(
        changeWatcher().subscribe(ALL_DOCUMENTS, (change) => (readySeq === null ? held.push(change) : send(change))),
      );
      readySeq = await latestChangeSeq(db);
      channel.send(sseMessage({ id: readySeq, event: "ready", data: {}, retryMs: 2000 }));
      held.splice(0).forEach(send);
    });
  },
);
