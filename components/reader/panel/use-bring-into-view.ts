"use client";

import { useEffect, useRef } from "react";

/**
 * Brings one element of the open claim (a note or a reply, by id) into view once: opens a
 * folded (resolved) thread around it, scrolls it to the middle of the panel, focuses it so
 * a screen reader reads it, and flashes it so the eye finds it.
 */
export function useBringIntoView(elementId: string | null) {
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!elementId || done.current === elementId) return;
    const element = document.getElementById(elementId);
    if (!element) return;
    done.current = elementId;
    const folded = element.closest("details");
    if (folded) folded.open = true;
    element.scrollIntoView({ block: "center" });
    element.focus({ preventScroll: true });
    element.classList.add("item-flash");
    window.setTimeout(() => element.classList.remove("item-flash"), 1600);
  });
}
