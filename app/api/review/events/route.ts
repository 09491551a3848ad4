import { latestChangeSeq, type DocumentChange } from "@/lib/data/change-feed";
import { sseMessage, SSE_KEEP_ALIVE } from "@/lib/live/sse";
import { forbidden } from "@/lib/result";
import { canReview } from "@/lib/roles";
import { ALL_DOCUMENTS, changeWatcher } from "@/server/live/change-watcher";
import { apiRoute } from "@/server/route";

/**
 * GET: a server-sent events stream of changes on every document, for the review queue's
 * "N new changes" line (reviewers and admins). Ids and names only.
 */
export const GET = apiRoute({ caller: "user" }, async ({ db, actor }) => {
  if (!canReview(actor!.role)) return forbidden("The review queue's changes are for reviewers.");
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const unsubscribe = changeWatcher().subscribe(ALL_DOCUMENTS, (change: DocumentChange) =>
        send(sseMessage({ id: change.seq, event: "change", data: { seq: change.seq, action: change.action, claimId: change.claimId, documentId: change.documentId, actorId: change.actorId } })),
      );
      const keepAlive = setInterval(() => send(SSE_KEEP_ALIVE), 15_000);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(keepAlive);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      send(sseMessage({ id: await latestChangeSeq(db), event: "ready", data: {}, retryMs: 2000 }));
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no" } });
});
