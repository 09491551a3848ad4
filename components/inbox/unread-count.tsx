"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";

/**
 * How often an open page asks for the unread count. Polling rather than an event stream:
 * a stream per tab would hold one of the browser's six connections to the site, and a person
 * with a few tabs open would find the reader's own live stream waiting behind them.
 */
const POLL_MS = 15_000;

const UnreadContext = createContext(0);

/**
 * The signed-in person's unread mentions, kept current while the page stays open: asked for
 * every POLL_MS while the tab is visible and at once when it comes back; a server render (a
 * navigation, "Mark all read") brings its own count.
 */
export function UnreadCountProvider({
  initial,
  signedIn,
  children,
}: {
  initial: number;
  signedIn: boolean;
  children: ReactNode;
}) {
  const [state, setState] = useState({ initial, unread: initial });
  if (state.initial !== initial) setState({ initial, unread: initial });
  useEffect(() => {
    if (!signedIn) return;
    let stopped = false;
    const poll = async () => {
      if (document.visibilityState !== "visible") return;
      const response = await fetch("/api/inbox/unread", { headers: { Accept: "application/json" } }).catch(() => null);
      if (!response?.ok) return;
      const body = (await response.json().catch(() => null)) as { unread?: unknown } | null;
      if (!stopped && typeof body?.unread === "number") {
        const unread = body.unread;
        setState((current) => (current.unread === unread ? current : { ...current, unread }));
      }
    };
    const timer = window.setInterval(() => void poll(), POLL_MS);
    const onVisible = () => void poll();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [signedIn]);
  return <UnreadContext.Provider value={state.unread}>{children}</UnreadContext.Provider>;
}

/** The unread count as a badge (nothing at zero), wherever the header shows it. */
export function UnreadBadge() {
  const unread = useContext(UnreadContext);
  const t = useTranslations("Layout");
  if (unread === 0) return null;
  return (
    <span className="count-badge" aria-label={t("unread", { count: unread })}>
      {unread}
    </span>
  );
}
