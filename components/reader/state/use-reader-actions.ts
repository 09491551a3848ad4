"use client";

import { useCallback, type Dispatch, type RefObject } from "react";
import type { Editor } from "@tiptap/react";
import { checkSelection } from "@/lib/anchoring/selection";
import type { ClaimSummary } from "@/lib/data/documents/documents";
import { callApi } from "../../api-client";
import { readSelection } from "../text/selection-offsets";
import type { Viewer } from "../viewer";
import {
  claimOnSpan,
  stepTarget,
  type PendingSelection,
  type ReaderAction,
  type ReaderMessage,
  type ReaderState,
} from "./reader-state";

interface Options {
  state: ReaderState;
  dispatch: Dispatch<ReaderAction>;
  slug: string;
  /** The current revision's plain text: the coordinate system of every selector. */
  plainText: string;
  viewer: Viewer | null;
  frameRef: RefObject<HTMLDivElement | null>;
  editorRef: RefObject<Editor | null>;
}

/** Where a message about a selection goes: just below the "Flag claim" button beside it. */
export const besideSelection = (pending: PendingSelection) => ({ top: pending.top + 44, left: pending.left });

/** The open claim's permalink (#claim-<id>) in the address bar, or none when the list is open. */
function showPermalink(id: string | null) {
  if (id && window.location.hash !== `#claim-${id}`) history.replaceState(null, "", `#claim-${id}`);
  if (!id && window.location.hash) history.replaceState(null, "", window.location.pathname + window.location.search);
}

/** The reader's actions that talk to the server or the page: flag, re-attach, open and step through claims. */
export function useReaderActions({ state, dispatch, slug, plainText, viewer, frameRef, editorRef }: Options) {
  const say = useCallback((message: ReaderMessage | null) => dispatch({ type: "message shown", message }), [dispatch]);

  /** The browser's selection now, as offsets and a place beside it (null: none in the document). */
  const readPending = useCallback((): PendingSelection | null => {
    const editor = editorRef.current;
    const frame = frameRef.current;
    if (!editor || !frame) return null;
    const info = readSelection(editor);
    if (info.kind === "none") return null;
    const box = frame.getBoundingClientRect();
    if (info.kind === "outside") {
      const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
      return { start: 0, end: 0, outside: true, top: Math.max(0, rect.bottom - box.top + 6), left: 0 };
    }
    return {
      start: info.start,
      end: info.end,
      outside: false,
      top: info.rect.bottom - box.top + 6,
      left: Math.max(0, Math.min(info.rect.left - box.left, box.width - 120)),
    };
  }, [editorRef, frameRef]);

  /** Flags [start, end) of the plain text: the selection's, or a suggested sentence's. True when it was flagged. */
  const flagRange = useCallback(
    async (start: number, end: number, at?: ReaderMessage["at"]): Promise<boolean> => {
      if (!viewer) {
        say({ key: "signInToFlag", tone: "error", at });
        return false;
      }
      const check = checkSelection(plainText, start, end);
      if (!check.ok) {
        say({ text: check.message, tone: "error", at });
        return false;
      }
      // Exactly this span is flagged already: offer that claim rather than a second one.
      const twin = claimOnSpan(state.claims, check.position.start, check.position.end);
      if (twin) {
        say({ key: "alreadyFlagged", tone: "info", claimId: twin.id, at });
        return false;
      }
      dispatch({ type: "busy", busy: true });
      const result = await callApi<ClaimSummary>(`/api/documents/${slug}/claims`, "POST", {
        start: check.position.start,
        end: check.position.end,
        exact: check.quote.exact,
      });
      dispatch({ type: "busy", busy: false });
      if (!result.ok) {
        const existing = result.details.existingClaimId;
        say(
          typeof existing === "string"
            ? { key: "alreadyFlagged", tone: "info", claimId: existing, at }
            : { text: result.message, tone: "error", at },
        );
        return false;
      }
      dispatch({ type: "claim flagged", claim: result.data });
      showPermalink(result.data.id);
      return true;
    },
    [viewer, plainText, slug, state.claims, dispatch, say],
  );

  /** Flags the selection: the one the button stands beside, or (Shift+F in caret mode) the one read just now. */
  const flag = useCallback(
    async (selection: PendingSelection | null = state.pending) => {
      if (!selection) return;
      const at = besideSelection(selection);
      if (!viewer) return say({ key: "signInToFlag", tone: "error", at });
      if (selection.outside) return say({ key: "outsideDocument", tone: "error", at });
      if (await flagRange(selection.start, selection.end, at)) {
        window.getSelection()?.removeAllRanges();
        dispatch({ type: "selection changed", pending: null });
      }
    },
    [state.pending, viewer, flagRange, dispatch, say],
  );

  /** "Re-attach here": moves the open (orphaned) claim onto the selection. */
  const reattach = useCallback(async () => {
    const { pending, activeId } = state;
    if (!pending || !activeId) return;
    const at = besideSelection(pending);
    if (pending.outside) return say({ key: "outsideDocument", tone: "error", at });
    const check = checkSelection(plainText, pending.start, pending.end);
    if (!check.ok) return say({ text: check.message, tone: "error", at });
    dispatch({ type: "busy", busy: true });
    const result = await callApi<{ id: string; start: number; end: number; exact: string }>(
      `/api/claims/${activeId}/anchor`,
      "PUT",
      { start: check.position.start, end: check.position.end, exact: check.quote.exact },
    );
    dispatch({ type: "busy", busy: false });
    if (!result.ok) return say({ text: result.message, tone: "error", at });
    window.getSelection()?.removeAllRanges();
    dispatch({ ...result.data, type: "claim re-attached", id: activeId });
  }, [state, plainText, dispatch, say]);

  /** Opens a claim (null: the list) and keeps its permalink (#claim-<id>) in the address bar. */
  const openClaim = useCallback(
    (id: string | null) => {
      dispatch({ type: "claim opened", id });
      if (id && window.location.hash !== `#claim-${id}`) history.replaceState(null, "", `#claim-${id}`);
      if (!id && window.location.hash)
        history.replaceState(null, "", window.location.pathname + window.location.search);
    },
    [dispatch],
  );

  /** Scrolls the document to a claim's highlight and flashes it, so the eye finds it. */
  const showInText = useCallback(
    (id: string) => {
      const marks = frameRef.current?.querySelectorAll<HTMLElement>(`mark[data-claim-id="${CSS.escape(id)}"]`);
      if (!marks || marks.length === 0) return;
      marks[0]!.scrollIntoView({ block: "center" });
      for (const mark of marks) {
        mark.classList.remove("claim-flash");
        void mark.offsetWidth; // restart the animation when the same claim is chosen again
        mark.classList.add("claim-flash");
        window.setTimeout(() => mark.classList.remove("claim-flash"), 1600);
      }
    },
    [frameRef],
  );

  /** From the panel (its list, Previous claim / Next claim): open the claim and show it in the text. */
  const openFromPanel = useCallback(
    (id: string | null) => {
      openClaim(id);
      if (id) showInText(id);
    },
    [openClaim, showInText],
  );

  /** "Previous claim" / "Next claim" and the keys k / j: the claims in text order (anchored ones). */
  const stepClaim = useCallback(
    (delta: 1 | -1) => {
      const next = stepTarget(state, delta);
      if (next) openFromPanel(next);
    },
    [state, openFromPanel],
  );

  /** "Already flagged: open it". */
  const openAlreadyFlagged = useCallback(
    (id: string) => {
      window.getSelection()?.removeAllRanges();
      dispatch({ type: "selection changed", pending: null });
      openClaim(id);
    },
    [dispatch, openClaim],
  );

  return { readPending, flagRange, flag, reattach, openClaim, openFromPanel, stepClaim, openAlreadyFlagged };
}
