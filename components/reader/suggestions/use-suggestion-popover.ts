"use client";

import { useCallback, useRef, useState, type RefObject } from "react";
import type { Suggestion } from "@/lib/data/suggestions/sentence-scores";
import { callApi } from "../../api-client";
import type { ReaderMessage } from "../state/reader-state";

interface Options {
  suggestions: Suggestion[];
  /** The document's frame: popovers are placed relative to it. */
  frameRef: RefObject<HTMLDivElement | null>;
  /** Flags [start, end) as a claim (the reader's own flag path); true when it was flagged. */
  flagRange: (start: number, end: number) => Promise<boolean>;
  removeSuggestion: (id: string) => void;
  /** After a dismissal went through (the list offers "Undo"). */
  dismissed: (suggestion: Suggestion) => void;
  signedIn: boolean;
  setBusy: (busy: boolean) => void;
  setMessage: (message: ReaderMessage) => void;
}

/**
 * The suggestion popover's state and actions: where it opens (below the sentence's last line),
 * keyboard focus in and out of it, "Flag claim", "Dismiss", and opening one from the panel's list.
 */
export function useSuggestionPopover({
  suggestions,
  frameRef,
  flagRange,
  removeSuggestion,
  dismissed,
  signedIn,
  setBusy,
  setMessage,
}: Options) {
  const [openSuggestion, setOpenSuggestion] = useState<{
    suggestion: Suggestion;
    top: number;
    left: number;
    focus: boolean;
  } | null>(null);
  // Closing the popover hands the focus back to its sentence; that focus must not reopen it.
  const closedFor = useRef<string | null>(null);
  const showSuggestionAt = useCallback(
    (id: string, element: HTMLElement, takeFocus: boolean) => {
      if (!takeFocus && closedFor.current === id) return;
      closedFor.current = null;
      const suggestion = suggestions.find((s) => s.id === id);
      const frame = frameRef.current;
      if (!suggestion || !frame) return;
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed) return; // a selection is being made: its own button shows
      const box = frame.getBoundingClientRect();
      const rects = element.getClientRects();
      const last = rects[rects.length - 1] ?? element.getBoundingClientRect();
      setOpenSuggestion((current) =>
        current && current.suggestion.id === id && !takeFocus
          ? current
          : {
              suggestion,
              top: last.bottom - box.top + 6,
              left: Math.max(0, Math.min(last.left - box.left, box.width - 280)),
              focus: takeFocus,
            },
      );
    },
    [suggestions, frameRef],
  );
  const closeSuggestion = useCallback(
    (returnFocus: boolean) => {
      const current = openSuggestion;
      setOpenSuggestion(null);
      if (!current || !returnFocus) return;
      closedFor.current = current.suggestion.id;
      frameRef.current
        ?.querySelector<HTMLElement>(`[data-suggestion-id="${CSS.escape(current.suggestion.id)}"]`)
        ?.focus({ preventScroll: true });
    },
    [openSuggestion, frameRef],
  );
  const flagSuggestion = useCallback(
    async (suggestion: Suggestion) => {
      if (await flagRange(suggestion.start, suggestion.end)) {
        removeSuggestion(suggestion.id);
        setOpenSuggestion(null);
      }
    },
    [flagRange, removeSuggestion],
  );
  const dismissSuggestion = useCallback(
    async (suggestion: Suggestion) => {
      if (!signedIn) return setMessage({ key: "signInToDismiss", tone: "error" });
      setBusy(true);
      const result = await callApi(`/api/suggestions/${suggestion.id}/dismiss`, "POST", {});
      setBusy(false);
      if (!result.ok) return setMessage({ text: result.message, tone: "error" });
      dismissed(suggestion);
      setOpenSuggestion(null);
      setMessage({ key: "dismissedForEveryone", tone: "info" });
    },
    [signedIn, dismissed, setBusy, setMessage],
  );
  /** From the panel's "Suggested claims" list: the sentence scrolled into view, its popover opened and focused. */
  const goToSuggestion = useCallback(
    (id: string) => {
      const element = frameRef.current?.querySelector<HTMLElement>(`[data-suggestion-id="${CSS.escape(id)}"]`);
      if (!element) return;
      element.scrollIntoView({ block: "center" });
      showSuggestionAt(id, element, true);
    },
    [showSuggestionAt, frameRef],
  );
  /** Closes the popover without moving the focus (a selection is being made). */
  const closeOpenSuggestion = useCallback(() => setOpenSuggestion(null), []);
  return {
    openSuggestion,
    closeOpenSuggestion,
    showSuggestionAt,
    closeSuggestion,
    flagSuggestion,
    dismissSuggestion,
    goToSuggestion,
  };
}
