import type { ClaimSummary } from "@/lib/data/documents/documents";
import { summaryQuote } from "@/lib/document/summary-quote";
import { highlightStyle } from "@/lib/highlight-style";
import type { ClaimHighlight } from "../text/extensions/claim-highlights";

/**
 * The reader's state in one place, changed only by the named actions below: a pure reducer,
 * tested without a browser (reader-state.test.ts). Effects (requests, the URL, focus) stay in
 * the hooks that dispatch these actions.
 */

/** A selection in the document: plain-text offsets, and where its "Flag claim" button stands. */
export interface PendingSelection {
  start: number;
  end: number;
  /** The selection runs outside the document's text. */
  outside: boolean;
  top: number;
  left: number;
}

/** The reader's own messages, by their key in the messages' "ReaderMessages" (lib/i18n/messages). */
export type ReaderMessageKey =
  | "flagged"
  | "withdrawn"
  | "reattached"
  | "signInToFlag"
  | "alreadyFlagged"
  | "outsideDocument"
  | "signInToDismiss"
  | "dismissedForEveryone";

/** One of the reader's own messages (`key`), or the server's words for a refusal (`text`). */
export type ReaderMessage = ({ key: ReaderMessageKey; text?: never } | { text: string; key?: never }) & {
  tone: "info" | "error";
  /** "Already flagged: open it" */
  claimId?: string;
  /** A message about a selection stands beside it (document-frame coordinates); others go to the panel. */
  at?: { top: number; left: number };
};

/** A note or reply to bring into view when its claim opens (an inbox link). */
export interface FocusTarget {
  claimId: string;
  elementId: string;
}

export interface ReaderState {
  claims: ClaimSummary[];
  activeId: string | null;
  pending: PendingSelection | null;
  /** The claim just flagged: its note form takes the focus once. */
  justFlagged: string | null;
  message: ReaderMessage | null;
  busy: boolean;
  /** Bumped when the open claim changed elsewhere, so the panel reads it again. */
  reloadKey: number;
  caretMode: boolean;
  /** Who changed the open claim since it was loaded (live). */
  liveNotice: { claimId: string; by: string } | null;
  /** Who uploaded a new version of the document while it was open. */
  newVersionBy: string | null;
  /** How many people are reading the document. */
  reading: number;
  focusTarget: FocusTarget | null;
}

export type ReaderAction =
  | { type: "claim opened"; id: string | null }
  | { type: "selection changed"; pending: PendingSelection | null }
  | { type: "message shown"; message: ReaderMessage | null }
  | { type: "busy"; busy: boolean }
  | { type: "claim flagged"; claim: ClaimSummary }
  | { type: "claim changed"; claim: Partial<ClaimSummary> & { id: string } }
  | { type: "claim withdrawn"; id: string }
  | { type: "claim re-attached"; id: string; start: number; end: number; exact: string }
  | { type: "claims refreshed"; claims: ClaimSummary[] }
  | { type: "live change arrived"; action: string; claimId: string | null; by: string }
  | { type: "live notice dismissed" }
  | { type: "caret mode set"; on: boolean }
  | { type: "reading counted"; count: number }
  | { type: "focus target set"; target: FocusTarget };

export function initialReaderState(claims: ClaimSummary[]): ReaderState {
  return {
    claims,
    activeId: null,
    pending: null,
    justFlagged: null,
    message: null,
    busy: false,
    reloadKey: 0,
    caretMode: false,
    liveNotice: null,
    newVersionBy: null,
    reading: 0,
    focusTarget: null,
  };
}

const inTextOrder = (claims: ClaimSummary[]) => [...claims].sort((a, b) => a.start - b.start || a.end - b.end);

export function readerReducer(state: ReaderState, action: ReaderAction): ReaderState {
  switch (action.type) {
    case "claim opened":
      return {
        ...state,
        activeId: action.id,
        // A message about what was open no longer applies.
        message: null,
        // The note form takes the focus once, right after flagging; not each time the claim reopens.
        justFlagged: state.justFlagged === action.id ? state.justFlagged : null,
      };
    case "selection changed":
      if (!action.pending) return state.pending ? { ...state, pending: null } : state;
      // A new selection makes a message about the last one stale; panel messages stay.
      return { ...state, pending: action.pending, message: state.message?.at ? null : state.message };
    case "message shown":
      return { ...state, message: action.message };
    case "busy":
      return { ...state, busy: action.busy };
    case "claim flagged":
      return {
        ...state,
        claims: inTextOrder([...state.claims, action.claim]),
        activeId: action.claim.id,
        justFlagged: action.claim.id,
        message: { key: "flagged", tone: "info" },
      };
    case "claim changed":
      return {
        ...state,
        claims: state.claims.map((c) => (c.id === action.claim.id ? { ...c, ...action.claim } : c)),
      };
    case "claim withdrawn":
      return {
        ...state,
        claims: state.claims.filter((c) => c.id !== action.id),
        activeId: null,
        justFlagged: null,
        message: { key: "withdrawn", tone: "info" },
      };
    case "claim re-attached":
      return {
        ...state,
        claims: inTextOrder(
          state.claims.map((c) =>
            c.id === action.id
              ? {
                  ...c,
                  start: action.start,
                  end: action.end,
                  exact: summaryQuote(action.exact),
                  anchored: true,
                  anchorState: "exact" as const,
                }
              : c,
          ),
        ),
        pending: null,
        message: { key: "reattached", tone: "info" },

        reloadKey: state.reloadKey + 1,
      };
    case "claims refreshed":
      return { ...state, claims: action.claims };
    case "live change arrived":
      if (action.action === "document.revise") return { ...state, newVersionBy: action.by };
      if (action.claimId && action.claimId === state.activeId) {
        return { ...state, liveNotice: { claimId: action.claimId, by: action.by }, reloadKey: state.reloadKey + 1 };
      }
      return state;
    case "live notice dismissed":
      return { ...state, liveNotice: null };
    case "caret mode set":
      return { ...state, caretMode: action.on };
    case "reading counted":
      return { ...state, reading: action.count };
    case "focus target set":
      return { ...state, focusTarget: action.target };
  }
}

/** The claims drawn in the text: anchored ones, coloured by status and verdict, fuzzy ones marked. */
export function highlightsOf(claims: ClaimSummary[]): ClaimHighlight[] {
  return claims
    .filter((c) => c.anchored)
    .map((c) => {
      const style = highlightStyle(c.status, c.finalVerdict);
      // Fuzzy claims carry a marker (a dashed outline, not a colour) so a reviewer rechecks them.
      const className = c.anchorState === "fuzzy" ? `${style.className} claim-fuzzy` : style.className;
      return { id: c.id, start: c.start, end: c.end, ...style, className };
    });
}

/** "Previous claim" / "Next claim": the claim to open, in text order among those in the text. */
export function stepTarget(state: Pick<ReaderState, "claims" | "activeId">, delta: 1 | -1): string | null {
  const ordered = state.claims.filter((c) => c.anchored && c.anchorState !== "orphaned");
  if (ordered.length === 0) return null;
  const at = state.activeId ? ordered.findIndex((c) => c.id === state.activeId) : -1;
  if (at < 0) return ordered[delta === 1 ? 0 : ordered.length - 1]!.id;
  return ordered[Math.min(ordered.length - 1, Math.max(0, at + delta))]!.id;
}

/** The claim flagged on exactly this span already, if any: offered instead of a second one. */
export const claimOnSpan = (claims: ClaimSummary[], start: number, end: number) =>
  claims.find((c) => c.start === start && c.end === end);
