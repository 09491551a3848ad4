"use client";

import Link from "next/link";
import type { ReactNode } from "react";

/**
 * The link from an inbox item to the note or reply that mentions the reader. Following it
 * marks the item read (keepalive: the request outlives the page it leaves).
 */
export function InboxLink({
  href,
  mentionId,
  unread,
  children,
}: {
  href: string;
  mentionId: string;
  unread: boolean;
  children: ReactNode;
}) {
  return (
    <Link
      href={href}
      onClick={() => {
        if (!unread) return;
        void fetch("/api/inbox/read", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ ids: [mentionId] }),
          keepalive: true,
        }).catch(() => undefined);
      }}
    >
      {children}
    </Link>
  );
}
