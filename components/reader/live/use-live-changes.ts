"use client";

import { useEffect } from "react";
import type { LiveChange } from "@/lib/live/live-change";
import { useLatest } from "../../use-latest";

export type { LiveChange };

/**
 * Listens to the document's event stream while `enabled`. EventSource reconnects by itself
 * and sends Last-Event-ID, so the server replays whatever was missed while away.
 */
export function useLiveChanges(
  slug: string,
  enabled: boolean,
  onChange: (change: LiveChange) => void,
  onReading?: (count: number) => void,
  from?: number,
) {
  const handler = useLatest(onChange);
  const readingHandler = useLatest(onReading);
  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    // From the page's own moment: what changed while the page travelled is replayed.
    const query = from === undefined ? "" : `?lastEventId=${from}`;
    const source = new EventSource(`/api/documents/${encodeURIComponent(slug)}/events${query}`);
    source.addEventListener("change", (event) => {
      try {
        handler.current(JSON.parse((event as MessageEvent<string>).data) as LiveChange);
      } catch {
        // a malformed message is skipped; the next one still arrives
      }
    });
    source.addEventListener("presence", (event) => {
      try {
        const { reading } = JSON.parse((event as MessageEvent<string>).data) as { reading: number };
        if (Number.isInteger(reading)) readingHandler.current?.(reading);
      } catch {
        // skipped
      }
    });
    return () => source.close();
  }, [slug, enabled, from, handler, readingHandler]);
}
