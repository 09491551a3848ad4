import { randomUUID } from "node:crypto";
import { changesAfter, latestChangeSeq, type DocumentChange } from "@/lib/data/change-feed";
import { beatPresence, joinPresence, leavePresence } from "@/lib/data/presence";
import { getDocumentText } from "@/lib/data/document-text";
import { lastEventIdOf, sseMessage, SSE_KEEP_ALIVE } from "@/lib/live/sse";
import { notFound } from "@/lib/result";
import { changeWatcher } from "@/server/live/change-watcher";
import { readRoute } from "@/server/route";

const KEEP_ALIVE_MS = 15_000;

/** What a stream tells clients about a change: ids and a name, never a note's text. */
const payloadOf = (change: DocumentChange) => ({
  seq: change.seq,
  action: change.action,
  claimId: change.claimId,
  actorId: change.actorId,
  actorName: change.actorName,
});

/**
 * GET: a server-sent events stream of what changes on the document (claims flagged,
 * withdrawn, re-anchored; notes; verdicts; assignments; new versions), each with its feed seq
 * as the event id. Reconnecting with Last-Event-ID replays what was missed, from the
 * database. Open to everyone who may read the document.
 */
export const GET = readRoute<{ slug: string }>(async ({ db, actor, params, request }) => {
  const document = await getDocumentText(db, params.slug);
  if (!document) return notFound("That document");
  const url = new URL(request.url);
  const resumeFrom = lastEventIdOf(request.headers.get("last-event-id"), url.searchParams.get("lastEventId"));
  const encoder = new TextEncoder();
  let cleanup = () => {};

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      let sent = resumeFrom ?? (await latestChangeSeq(db));
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const deliver = (change: DocumentChange) => {
        if (change.seq <= sent) return;
        sent = change.seq;
        send(sseMessage({ id: change.seq, event: "change", data: payloadOf(change) }));
      };
      // Subscribe before replaying, so nothing committed in between is lost; live changes wait
      // until the replay is sent, so the stream stays in seq order.
      let held: DocumentChange[] | null = resumeFrom === null ? null : [];
      const unsubscribe = changeWatcher().subscribe(document.id, (change) => (held ? held.push(change) : deliver(change)));
      // "N reading": this stream counts itself in the shared table and refreshes its row with
      // each keep-alive; the process's watcher counts once per document for all its streams.
      const streamId = randomUUID();
      let reading = -1;
      const stopPresence = changeWatcher().watchPresence(document.id, (count) => {
        if (count === reading || closed) return;
        reading = count;
        send(sseMessage({ event: "presence", data: { reading: count } }));
      });
      await joinPresence(db, streamId, document.id, actor?.id ?? streamId);
      changeWatcher().presenceChanged(document.id);
      const keepAlive = setInterval(() => {
        send(SSE_KEEP_ALIVE);
        void beatPresence(db, streamId).catch(() => undefined);
      }, KEEP_ALIVE_MS);
      cleanup = () => {
        if (closed) return;
        closed = true;
        clearInterval(keepAlive);
        unsubscribe();
        stopPresence();
        void leavePresence(db, streamId).then(() => changeWatcher().presenceChanged(document.id), () => undefined);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      request.signal.addEventListener("abort", () => cleanup());
      send(sseMessage({ id: sent, event: "ready", data: { seq: sent }, retryMs: 2000 }));
      if (held) {
        const missed = await changesAfter(db, resumeFrom!, { documentId: document.id, limit: 1000 });
        for (const change of [...missed, ...held].sort((a, b) => a.seq - b.seq)) deliver(change);
        held = null;
      }
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
});
