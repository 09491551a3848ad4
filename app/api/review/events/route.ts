import { latestChangeSeq } from "@/lib/data/live/change-feed";
import { sseMessage } from "@/lib/live/sse";
import { ALL_DOCUMENTS, changeWatcher } from "@/server/live/change-watcher";
import { canReview } from "@/lib/roles";
import { sseResponse } from "@/server/live/sse-response";
import { streamCaller } from "@/server/live/stream-caller";
import { apiRoute } from "@/server/route";

/**
 * GET: a server-sent events stream of changes on every document, for the review queue's
 * "N new changes" line (reviewers and admins). Ids and names only.
 */
export const GET = apiRoute(
  { caller: "reviewer", refusal: "The review queue's changes are for reviewers." },
  async ({ db, actor, request }) => {
    const caller = streamCaller(request, db, actor, (now) => canReview(now.role));
    return sseResponse(request, caller, async (channel) => {
      channel.onClose(
        changeWatcher().subscribe(ALL_DOCUMENTS, (change) =>
          channel.send(
            sseMessage({
              id: change.seq,
              event: "change",
              data: change,
            }),
          ),
        ),
      );
      channel.send(sseMessage({ id: await latestChangeSeq(db), event: "ready", data: {}, retryMs: 2000 }));
    });
  },
);
