"use client";

import { useEffect } from "react";

interface Keys {
  /** A selection is waiting for its "Flag claim". */
  hasSelection: boolean;
  hasOpenClaim: boolean;
  suggestionOpen: boolean;
  closeSuggestion: () => void;
  clearSelection: () => void;
  closeClaim: () => void;
  stepClaim: (delta: 1 | -1) => void;
  flag: () => void;
}

const isTypingTarget = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/**
 * The reader's keys: Shift+F flags the current selection; j / k step through claims; Escape
 * closes the suggestion popover, then the flag button, then the claim. Never while typing in a form.
 */
export function useReaderKeys(keys: Keys) {
  const { hasSelection, hasOpenClaim, suggestionOpen, closeSuggestion, clearSelection, closeClaim, stepClaim, flag } =
    keys;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return; // handled where it was pressed (caret mode, an autocomplete)
      const plainKey = !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
      if (event.key === "Escape" && suggestionOpen) return closeSuggestion();
      if (event.key === "Escape" && plainKey) {
        if (hasSelection) clearSelection();
        else if (hasOpenClaim) closeClaim();
        return;
      }
      if ((event.key === "j" || event.key === "k") && plainKey && !event.shiftKey) {
        event.preventDefault();
        return stepClaim(event.key === "j" ? 1 : -1);
      }
      if (event.key === "F" && event.shiftKey && plainKey && hasSelection) {
        event.preventDefault();
        flag();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [hasSelection, hasOpenClaim, suggestionOpen, closeSuggestion, clearSelection, closeClaim, stepClaim, flag]);
}
