"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { LiveChange } from "@/lib/live/live-change";

/**
 * "N new changes, refresh": colleagues' changes to any document while the queue is open,
 * counted from the live stream; the queue itself only changes when the reviewer asks, so rows
 * never move under their pointer.
 */
export function QueueLive({ viewerId }: { viewerId: string }) {
  const t = useTranslations("ReviewQueue");
  const router = useRouter();
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/api/review/events");
    source.addEventListener("change", (event) => {
      try {
        const change = JSON.parse((event as MessageEvent<string>).data) as LiveChange;
        if (change.actorId !== viewerId) setCount((n) => n + 1);
      } catch {
        // skipped
      }
    });
    return () => source.close();
  }, [viewerId]);
  if (count === 0) return null;
  return (
    <p role="status" className="live-notice">
      {t("newChanges", { count })}{" "}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setCount(0);
          router.refresh();
        }}
      >
        {t("refresh")}
      </button>
    </p>
  );
}
