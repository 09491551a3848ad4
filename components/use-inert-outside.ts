"use client";

import { useEffect, type RefObject } from "react";
import { tabbable } from "tabbable";

/**
 * While `active`, the focus stays inside `ref`'s element, as in a modal: everything outside it
 * is `inert` (not focusable, not clickable, hidden from assistive technology), and Tab from
 * its last control wraps to its first (Shift+Tab the other way) instead of leaving for the
 * browser's own toolbar. Restored after.
 */
export function useInertOutside(ref: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    const inside = ref.current;
    if (!active || !inside) return;
    const wrapTab = (event: KeyboardEvent) => {
      if (event.key !== "Tab") return;
      const stops = tabbable(inside);
      if (stops.length === 0) return;
      const first = stops[0]!;
      const last = stops[stops.length - 1]!;
      const at = document.activeElement;
      if (event.shiftKey && (at === first || !inside.contains(at))) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (at === last || !inside.contains(at))) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener("keydown", wrapTab);
    return () => document.removeEventListener("keydown", wrapTab);
  }, [ref, active]);

  useEffect(() => {
    const inside = ref.current;
    if (!active || !inside) return;
    const made: HTMLElement[] = [];
    for (let node: HTMLElement | null = inside; node && node !== document.body; node = node.parentElement) {
      for (const sibling of node.parentElement?.children ?? []) {
        if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert) {
          sibling.toggleAttribute("inert", true);
          made.push(sibling);
        }
      }
    }
    return () => {
      for (const element of made) element.toggleAttribute("inert", false);
    };
  }, [ref, active]);
}
