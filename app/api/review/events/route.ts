import { latestChangeSeq } from "@/lib/data/live/change-feed";
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
      channel.onClose(
        changeWatcher().subscribe(ALL_DOCUMENTS, (change) => {
          void workspaceOf(change.documentId)
            .then((workspaceId) => {
              if (workspaceId && reviewed.has(workspaceId))
                channel.send(sseMessage({ id: change.seq, event: "change", data: change }));
            })
            .catch((error) => console.error("review stream: reading a document's workspace failed", error));
        }),
      );
      channel.send(sseMessage({ id: await latestChangeSeq(db), event: "ready", data: {}, retryMs: 2000 }));
    });
  },
);
