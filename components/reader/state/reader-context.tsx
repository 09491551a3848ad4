"use client";

import { createContext, useContext, type Dispatch } from "react";
import type { ReviewerOption } from "../panel/review/assign-select";
import type { Viewer } from "../viewer";
import type { ReaderAction, ReaderState } from "./reader-state";

/** What every part of the reader may read and do, so no component passes it down by hand. */
export interface ReaderContextValue {
  state: ReaderState;
  dispatch: Dispatch<ReaderAction>;
  viewer: Viewer | null;
  /** Reviewers a claim can be assigned to (only passed to reviewers). */
  reviewers: ReviewerOption[];
  /** Whether the reader shows the current revision (flagging and re-attaching happen only there). */
  isCurrentRevision: boolean;
  /** Opens a claim from the panel (its list, Previous/Next) and shows it in the text; null opens the list. */
  openFromPanel: (id: string | null) => void;
  /** "Previous claim" (-1) / "Next claim" (+1), in text order. */
  stepClaim: (delta: 1 | -1) => void;
}

export const ReaderContext = createContext<ReaderContextValue | null>(null);

export function useReader(): ReaderContextValue {
  const value = useContext(ReaderContext);
  if (!value) throw new Error("useReader() is used outside the Reader");
  return value;
}
