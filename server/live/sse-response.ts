import { SSE_KEEP_ALIVE } from "@/lib/live/sse";
import { env } from "../env";
import { StreamSlots } from "./stream-slots";

const KEEP_ALIVE_MS = 15_000;

/** What a stream's opener gets: a way to send, and hooks for keep-alives and the end. */
export interface SseChannel {
  send(text: string): void;
  /** Runs after each keep-alive comment (every 15 s). */
  onKeepAlive(fn: () => void): void;
  /** Runs once when the stream ends: the client went away, or a send failed. */
  onClose(fn: () => void): void;
  isClosed(): boolean;
}

// One set of slots per process: on globalThis, since Next.js loads this module more than once
// (one instance per route bundle), and a cap kept per module instance would be a cap per route.
const shared = globalThis as unknown as { claimmarkStreamSlots?: StreamSlots };
const streamSlots = () =>
  (shared.claimmarkStreamSlots ??= new StreamSlots(env().STREAM_LIMIT_PER_CLIENT, env().STREAM_LIMIT_PER_INSTANCE));

export interface SseOptions {
  /** Who holds the stream, for the per-client cap: "user:<id>", or "ip:<address>" for visitors. */
  client: string;
  /** Asked with each keep-alive: false ends the stream (the token was revoked, the session ended). */
  stillAllowed?: () => Promise<boolean>;
}

/**
 * A server-sent events response: the headers proxies need (no buffering, no transform), a
 * keep-alive comment every 15 s, and one clean-up however the stream ends (the request
 * aborted, the stream cancelled, a write failing, the caller's access ending). Past this
 * process's caps on streams (per client and in all) it answers 503 with Retry-After instead.
 */
export function sseResponse(
  request: Request,
  options: SseOptions,
  open: (channel: SseChannel) => Promise<void>,
): Response {
  const slot = streamSlots().take(options.client);
  if (!slot.ok) {
    const message =
      slot.reason === "client"
        ? "You have too many live streams open. Close a few tabs of Claimmark, then reload."
        : "This server has as many live streams open as it can hold. Try again in a moment.";
    return new Response(JSON.stringify({ message }), {
      status: 503,
      headers: { "Content-Type": "application/json", "Retry-After": "30" },
    });
  }
  const encoder = new TextEncoder();
  const closers: (() => void)[] = [];
  const beats: (() => void)[] = [];
  let closed = false;
  let close = () => {};
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const channel: SseChannel = {
        send: (text) => {
          if (closed) return;
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            close();
          }
        },
        onKeepAlive: (fn) => beats.push(fn),
        // A stream can end while its opener is still subscribing: what comes after runs at once.
        onClose: (fn) => (closed ? fn() : void closers.push(fn)),
        isClosed: () => closed,
      };
      const keepAlive = setInterval(() => {
        channel.send(SSE_KEEP_ALIVE);
        for (const beat of beats) beat();
        options.stillAllowed?.().then(
          (allowed) => allowed || close(),
          () => undefined, // a failed check (the database busy) keeps the stream; the next one decides
        );
      }, KEEP_ALIVE_MS);
      close = () => {
        if (closed) return;
        closed = true;
        slot.release();
        clearInterval(keepAlive);
        for (const closer of closers) closer();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      request.signal.addEventListener("abort", () => close());
      await open(channel);
    },
    cancel() {
      close();
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
}
