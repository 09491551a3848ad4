"use client";

import { useEffect, type Dispatch } from "react";
import type { PendingSelection, ReaderAction } from "../state/reader-state";

/** Follows the browser's selection, so the "Flag claim" button stands beside it. */
export function useSelectionTracking(
  readPending: () => PendingSelection | null,
  dispatch: Dispatch<ReaderAction>,
  onSelecting: () => void,
) {
  useEffect(() => {
    const update = () => {
      const pending = readPending();
      // A selection being made closes a suggestion's popover: its own button shows instead.
      if (pending) onSelecting();
      dispatch({ type: "selection changed", pending });
    };
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [readPending, dispatch, onSelecting]);
}
