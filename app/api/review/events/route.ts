import { latestChangeSeq } from "@/lib/data/live/change-feed";
import { sseMessage } from "@/lib/live/sse";
import { forbidden } from "@/lib/result";
import { canReview } from "@/lib/roles";
import { ALL_DOCUMENTS, changeWatcher } from "@/server/live/change-watcher";
import { sseResponse } from "@/server/live/sse-response";
import { apiRoute } from "@/server/route";

/**
 * GET: a server-sent events stream of changes on every document, for the review queue's
 * "N new changes" line (reviewers and admins). Ids and names only.
 */
export const GET = apiRoute({ caller: "user" }, async ({ db, actor, request }) => {
  if (!canReview(actor!.role)) return forbidden("The review queue's changes are for reviewers.");
  return sseResponse(request, async (channel) => {
    channel.onClose(
      changeWatcher().subscribe(ALL_DOCUMENTS, (change) =>
        channel.send(
          sseMessage({
            id: change.seq,
            event: "change",
            data: {
              seq: change.seq,
              action: change.action,
              claimId: change.claimId,
              documentId: change.documentId,
              actorId: change.actorId,
            },
          }),
        ),
      ),
    );
    channel.send(sseMessage({ id: await latestChangeSeq(db), event: "ready", data: {}, retryMs: 2000 }));
  });
});
