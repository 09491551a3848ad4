import { randomUUID } from "node:crypto";
import { changesAfter, latestChangeSeq, type DocumentChange } from "@/lib/data/live/change-feed";
import { beatPresence, joinPresence, leavePresence } from "@/lib/data/live/presence";
import { getDocumentText } from "@/lib/data/documents/document-text";
import { lastEventIdOf, sseMessage } from "@/lib/live/sse";
import { notFound } from "@/lib/result";
import { changeWatcher } from "@/server/live/change-watcher";
import { sseResponse } from "@/server/live/sse-response";
import { streamCaller } from "@/server/live/stream-caller";
import { readRoute } from "@/server/route";
import { canReadWorkspace } from "@/lib/data/workspaces/scope";

/**
 * GET: a server-sent events stream of what changes on the document (claims flagged,
 * withdrawn, re-anchored; notes; verdicts; assignments; new versions), each with its feed seq
 * as the event id. Reconnecting with Last-Event-ID (or ?lastEventId=) replays what was
 * missed, from the database. Also "presence" events: how many people have it open. Open to
 * everyone who may read the document.
 */
export const GET = readRoute<{ slug: string }>(async ({ db, actor, params, request }) => {
  const document = await getDocumentText(db, params.slug);
  // A private workspace's stream, and its replay, are for its members only: 404 to anyone else.
  if (!document || !canReadWorkspace(actor, document.workspace)) return notFound("That document");
  const url = new URL(request.url);
  const resumeFrom = lastEventIdOf(request.headers.get("last-event-id"), url.searchParams.get("lastEventId"));

  // Someone removed from the workspace loses the stream within a keep-alive.
  const caller = streamCaller(request, db, actor, (now) => canReadWorkspace(now, document.workspace));
  return sseResponse(request, caller, async (channel) => {
    let sent = resumeFrom ?? (await latestChangeSeq(db));
    const deliver = (change: DocumentChange) => {
      if (change.seq <= sent) return;
      sent = change.seq;
      channel.send(sseMessage({ id: change.seq, event: "change", data: change }));
    };
    // Subscribe before replaying, so nothing committed in between is lost; live changes wait
    // until the replay is sent, so the stream stays in seq order.
    let held: DocumentChange[] | null = resumeFrom === null ? null : [];
    channel.onClose(changeWatcher().subscribe(document.id, (change) => (held ? held.push(change) : deliver(change))));

    // "N reading": this stream counts itself in the shared table and refreshes its row with
    // each keep-alive; the process's watcher counts once per document for all its streams.
    const streamId = randomUUID();
    let reading = -1;
    channel.onClose(
      changeWatcher().watchPresence(document.id, (count) => {
        if (count === reading || channel.isClosed()) return;
        reading = count;
        channel.send(sseMessage({ event: "presence", data: { reading: count } }));
      }),
    );
    // Counted by person (visitors by address): ten tabs of one reader are one reader.
    await joinPresence(db, streamId, document.id, caller.viewerKey);
    changeWatcher().presenceChanged(document.id);
    channel.onKeepAlive(() => void beatPresence(db, streamId).catch(() => undefined));
    channel.onClose(
      () =>
        void leavePresence(db, streamId).then(
          () => changeWatcher().presenceChanged(document.id),
          () => undefined,
        ),
    );

    channel.send(sseMessage({ id: sent, event: "ready", data: { seq: sent }, retryMs: 2000 }));
    if (held) {
      const missed = await changesAfter(db, resumeFrom!, { documentId: document.id, limit: 1000 });
      for (const change of [...missed, ...held].sort((a, b) => a.seq - b.seq)) deliver(change);
      held = null;
    }
  });
});
