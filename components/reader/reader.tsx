"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Editor } from "@tiptap/react";
import { checkSelection } from "@/lib/anchoring/selection";
import { plainTextOfDoc } from "@/lib/document/blocks";
import type { ClaimSummary, ReaderDocument } from "@/lib/data/documents/documents";
import { summaryQuote } from "@/lib/document/summary-quote";
import { canReview } from "@/lib/roles";
import { highlightStyle } from "@/lib/highlight-style";
import { callApi } from "../api-client";
import { ClaimPanel } from "./panel/claim-panel";
import type { ReviewerOption } from "./panel/review/assign-select";
import type { ClaimHighlight } from "./text/extensions/claim-highlights";
import { DocumentView } from "./text/document-view";
import { Legend } from "./panel/legend";
import { readSelection } from "./text/selection-offsets";
import { useLiveChanges, type LiveChange } from "./live/use-live-changes";
import type { Viewer } from "./viewer";
import type { SuggestionHighlight } from "./text/extensions/suggestion-highlights";
import { SuggestionPopover } from "./suggestions/suggestion-popover";
import { useSuggestions } from "./suggestions/use-suggestions";
import { useSuggestionPopover } from "./suggestions/use-suggestion-popover";
import { useMediaQuery } from "../use-media-query";
import { ClaimSheet } from "./sheet/claim-sheet";

interface Props {
  document: Omit<ReaderDocument, "claims">;
  initialClaims: ClaimSummary[];
  viewer: Viewer | null;
  /** Reviewers a claim can be assigned to (only passed to reviewers). */
  reviewers: ReviewerOption[];
  /** The change-feed seq when the page was rendered: the live stream replays from there. */
  liveFrom?: number;
  /** The signed-in person's remembered "Suggestions" toggle. */
  initialShowSuggestions?: boolean;
}

interface ReaderMessage {
  text: string;
  tone: "info" | "error";
  /** "Already flagged: open it" */
  claimId?: string;
  at?: { top: number; left: number };
}

interface PendingSelection {
  start: number;
  end: number;
  top: number;
  left: number;
  outside: boolean;
}

/** Where a message about a selection goes: just below the "Flag claim" button beside it. */
const besideSelection = (pending: PendingSelection) => ({ top: pending.top + 44, left: pending.left });

const isTypingTarget = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

/** The reader: the document with its highlights, the "Flag claim" button and the claim panel. */
export function Reader({
  document: doc,
  initialClaims,
  viewer,
  reviewers,
  liveFrom,
  initialShowSuggestions = false,
}: Props) {
  const [claims, setClaims] = useState(initialClaims);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [justFlagged, setJustFlagged] = useState<string | null>(null);
  // A message about a selection is shown beside it (`at`, in the document frame's coordinates);
  // any other in the panel's header.
  const [message, setMessage] = useState<ReaderMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const [reloadKey, setReloadKey] = useState(0);
  // An earlier revision is read as it was: no flagging, no re-attaching.
  const isCurrentRevision = doc.revision === doc.currentRevision;
  const editorRef = useRef<Editor | null>(null);
  // The coordinate system of every selector, derived here rather than sent twice with the page.
  const plainText = useMemo(() => plainTextOfDoc(doc.content), [doc.content]);
  const frameRef = useRef<HTMLDivElement>(null);
  // An inbox link (?reply=… or ?note=… with #claim-…) brings that reply or note into view.
  const [focusTarget, setFocusTarget] = useState<{ claimId: string; elementId: string } | null>(null);
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const claimId = window.location.hash.match(/^#claim-(.+)$/)?.[1];
    const reply = params.get("reply");
    const note = params.get("note");
    if (claimId && (reply || note)) setFocusTarget({ claimId, elementId: reply ? `reply-${reply}` : `note-${note}` });
  }, []);

  const highlights = useMemo<ClaimHighlight[]>(
    () =>
      claims
        .filter((c) => c.anchored)
        .map((c) => {
          const style = highlightStyle(c.status, c.finalVerdict);
          // Fuzzy claims carry a marker (a dashed outline, not a colour) so a reviewer rechecks them.
          return {
            id: c.id,
            start: c.start,
            end: c.end,
            ...style,
            className: c.anchorState === "fuzzy" ? `${style.className} claim-fuzzy` : style.className,
          };
        }),
    // Not activeId: opening a claim must not rebuild thousands of decorations; the open
    // claim's outline is a style rule below instead.
    [claims],
  );

  const openClaim = useCallback((id: string | null) => {
    setActiveId(id);
    setMessage(null); // a message about what was open no longer applies
    // The note form takes the focus once, right after flagging; not each time the claim reopens.
    setJustFlagged((just) => (just === id ? just : null));
    if (id && window.location.hash !== `#claim-${id}`) history.replaceState(null, "", `#claim-${id}`);
    if (!id && window.location.hash) history.replaceState(null, "", window.location.pathname + window.location.search);
  }, []);

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
  }, []);

  // Track the selection to place the "Flag claim" button beside it.
  useEffect(() => {
    const update = () => {
      const next = readPending();
      if (!next) return setPending(null);
      closeOpenSuggestion();
      setMessage((current) => (current?.at ? null : current));
      setPending(next);
    };
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [readPending]);

  /** Flags [start, end) of the plain text: the selection's, or a suggested sentence's. True when it was flagged. */
  const flagRange = useCallback(
    async (start: number, end: number, at?: ReaderMessage["at"]): Promise<boolean> => {
      if (!viewer) {
        setMessage({ text: "Sign in to flag claims.", tone: "error", at });
        return false;
      }
      const check = checkSelection(plainText, start, end);
      if (!check.ok) {
        setMessage({ text: check.message, tone: "error", at });
        return false;
      }
      // Exactly this span is flagged already: offer that claim rather than a second one.
      const twin = claims.find((c) => c.start === check.position.start && c.end === check.position.end);
      if (twin) {
        setMessage({ text: "Already flagged:", tone: "info", claimId: twin.id, at });
        return false;
      }
      setBusy(true);
      const result = await callApi<ClaimSummary>(`/api/documents/${doc.slug}/claims`, "POST", {
        start: check.position.start,
        end: check.position.end,
        exact: check.quote.exact,
      });
      setBusy(false);
      if (!result.ok) {
        const existing =
          typeof result.details.existingClaimId === "string" ? result.details.existingClaimId : undefined;
        setMessage(
          existing
            ? { text: "Already flagged:", tone: "info", claimId: existing, at }
            : { text: result.message, tone: "error", at },
        );
        return false;
      }
      setClaims((current) => [...current, result.data].sort((a, b) => a.start - b.start || a.end - b.end));
      setJustFlagged(result.data.id);
      openClaim(result.data.id);
      setMessage({ text: "Claim flagged. Add a verification note below.", tone: "info" });
      return true;
    },
    [viewer, plainText, doc.slug, openClaim, claims],
  );

  /** Flags the selection: the one the button stands beside, or (Shift+F in caret mode) the one read just now. */
  const flag = useCallback(
    async (selection: PendingSelection | null = pending) => {
      if (!selection) return;
      const at = besideSelection(selection);
      if (!viewer) return setMessage({ text: "Sign in to flag claims.", tone: "error", at });
      if (selection.outside)
        return setMessage({
          text: "The selection goes outside the document. Select text inside the document only.",
          tone: "error",
          at,
        });
      if (await flagRange(selection.start, selection.end, at)) {
        window.getSelection()?.removeAllRanges();
        setPending(null);
      }
    },
    [pending, viewer, flagRange],
  );

  // "Select text with the keyboard": caret browsing in the document, so flagging needs no mouse.
  const [caretMode, setCaretMode] = useState(false);
  const caretToggleRef = useRef<HTMLButtonElement>(null);
  const flagRef = useRef(flag);
  flagRef.current = flag;
  const onCaretKey = useCallback(
    (key: "Escape" | "Shift+F") => {
      // The key can follow Shift+End faster than "selectionchange" arrives: read the selection now.
      if (key === "Shift+F") return void flagRef.current(readPending());
      setCaretMode(false);
      caretToggleRef.current?.focus();
    },
    [readPending],
  );

  const suggestionsOn = isCurrentRevision;
  const {
    show: showSuggestions,
    toggle: toggleSuggestions,
    suggestions,
    refresh: refreshSuggestions,
    remove: removeSuggestion,
    error: suggestionsError,
  } = useSuggestions(doc.slug, Boolean(viewer), initialShowSuggestions && suggestionsOn);
  const suggestionHighlights = useMemo<SuggestionHighlight[]>(
    () =>
      showSuggestions && suggestionsOn
        ? suggestions.map((s) => ({
            id: s.id,
            start: s.start,
            end: s.end,
            label: `Suggested claim (${s.band}): ${s.text}`,
          }))
        : [],
    [showSuggestions, suggestionsOn, suggestions],
  );
  const {
    openSuggestion,
    closeOpenSuggestion,
    showSuggestionAt,
    closeSuggestion,
    flagSuggestion,
    dismissSuggestion,
    goToSuggestion,
  } = useSuggestionPopover({
    suggestions,
    frameRef,
    flagRange,
    removeSuggestion,
    signedIn: Boolean(viewer),
    setBusy,
    setMessage,
  });

  // Colleagues' changes arrive live: highlights refresh without touching the selection or the
  // scroll; the open claim says who changed it instead of resetting a form being typed in.
  const [liveNotice, setLiveNotice] = useState<{ claimId: string; by: string } | null>(null);
  const [newVersion, setNewVersion] = useState<string | null>(null);
  const [reading, setReading] = useState(0);
  const refetchTimer = useRef<number | null>(null);
  const activeRef = useRef(activeId);
  activeRef.current = activeId;
  const onPhone = useMediaQuery("(max-width: 700px)");
  const sheetOpen = onPhone && activeId !== null;
  /** Closes the sheet and gives the focus back to the claim's highlight, where the person was. */
  const closeSheet = useCallback(() => {
    const id = activeRef.current;
    openClaim(null);
    if (id)
      window.setTimeout(
        () =>
          frameRef.current
            ?.querySelector<HTMLElement>(`mark[data-claim-id="${CSS.escape(id)}"]`)
            ?.focus({ preventScroll: true }),
        0,
      );
  }, [openClaim]);

  useLiveChanges(
    doc.slug,
    isCurrentRevision,
    (change: LiveChange) => {
      if (viewer && change.actorId === viewer.id) return; // own changes are already on screen
      const who = change.actorName ?? "someone";
      if (change.action === "document.revise") return setNewVersion(who);
      if (change.claimId && change.claimId === activeRef.current) {
        setLiveNotice({ claimId: change.claimId, by: who });
        setReloadKey((n) => n + 1);
      }
      if (refetchTimer.current !== null) window.clearTimeout(refetchTimer.current);
      refetchTimer.current = window.setTimeout(async () => {
        refreshSuggestions();
        const result = await callApi<ClaimSummary[]>(`/api/documents/${doc.slug}/claims`, "GET");
        if (result.ok) setClaims(result.data);
      }, 100);
    },
    setReading,
    liveFrom,
  );

  const activeClaim = activeId ? claims.find((c) => c.id === activeId) : undefined;
  const canReattach = Boolean(
    viewer && canReview(viewer.role) && isCurrentRevision && activeClaim?.anchorState === "orphaned",
  );

  const reattach = useCallback(async () => {
    if (!pending || !activeId) return;
    const at = besideSelection(pending);
    if (pending.outside)
      return setMessage({
        text: "The selection goes outside the document. Select text inside the document only.",
        tone: "error",
        at,
      });
    const check = checkSelection(plainText, pending.start, pending.end);
    if (!check.ok) return setMessage({ text: check.message, tone: "error", at });
    setBusy(true);
    const result = await callApi<{ id: string; start: number; end: number; exact: string }>(
      `/api/claims/${activeId}/anchor`,
      "PUT",
      {
        start: check.position.start,
        end: check.position.end,
        exact: check.quote.exact,
      },
    );
    setBusy(false);
    if (!result.ok) return setMessage({ text: result.message, tone: "error", at });
    setClaims((current) =>
      current
        .map((c) =>
          c.id === activeId
            ? {
                ...c,
                start: result.data.start,
                end: result.data.end,
                exact: summaryQuote(result.data.exact),
                anchored: true,
                anchorState: "exact" as const,
              }
            : c,
        )
        .sort((a, b) => a.start - b.start || a.end - b.end),
    );
    window.getSelection()?.removeAllRanges();
    setPending(null);
    setMessage({ text: "Claim re-attached to the selected text.", tone: "info" });
    setReloadKey((n) => n + 1);
  }, [pending, activeId, plainText]);

  /** Scrolls the document to a claim's highlight and flashes it, so the eye finds it. */
  const showInText = useCallback((id: string) => {
    const marks = frameRef.current?.querySelectorAll<HTMLElement>(`mark[data-claim-id="${CSS.escape(id)}"]`);
    if (!marks || marks.length === 0) return;
    marks[0]!.scrollIntoView({ block: "center" });
    for (const mark of marks) {
      mark.classList.remove("claim-flash");
      void mark.offsetWidth; // restart the animation when the same claim is chosen again
      mark.classList.add("claim-flash");
      window.setTimeout(() => mark.classList.remove("claim-flash"), 1600);
    }
  }, []);
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
      const ordered = claims.filter((c) => c.anchored && c.anchorState !== "orphaned");
      if (ordered.length === 0) return;
      const at = activeId ? ordered.findIndex((c) => c.id === activeId) : -1;
      const next =
        at < 0 ? (delta === 1 ? 0 : ordered.length - 1) : Math.min(ordered.length - 1, Math.max(0, at + delta));
      openFromPanel(ordered[next]!.id);
    },
    [claims, activeId, openFromPanel],
  );

  // Shift+F flags the current selection; j / k step through claims; Escape closes the
  // suggestion popover, then the flag button, then the panel. Never while typing in a form.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return; // handled where it was pressed (caret mode, an autocomplete)
      if (event.key === "Escape" && openSuggestion) {
        closeSuggestion(true);
        return;
      }
      const plainKey = !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target);
      if (event.key === "Escape" && plainKey) {
        if (pending) {
          window.getSelection()?.removeAllRanges();
          setPending(null);
        } else if (activeId) closeSheet();
        return;
      }
      if ((event.key === "j" || event.key === "k") && plainKey && !event.shiftKey) {
        event.preventDefault();
        stepClaim(event.key === "j" ? 1 : -1);
        return;
      }
      if (
        event.key === "F" &&
        event.shiftKey &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isTypingTarget(event.target) &&
        pending
      ) {
        event.preventDefault();
        void flag();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [flag, pending, openSuggestion, closeSuggestion, activeId, closeSheet, stepClaim]);

  // A permalink (#claim-<id>) opens the panel on that claim and scrolls to its highlight:
  // on load, and when a permalink is followed while the reader is already open.
  const claimIds = useRef(new Set<string>());
  claimIds.current = useMemo(() => new Set(claims.map((c) => c.id)), [claims]);
  useEffect(() => {
    const followHash = () => {
      const id = window.location.hash.match(/^#claim-(.+)$/)?.[1];
      if (!id || !claimIds.current.has(id)) return;
      setActiveId(id);
      window.setTimeout(() => {
        frameRef.current?.querySelector(`mark[data-claim-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: "center" });
      }, 50);
    };
    followHash();
    window.addEventListener("hashchange", followHash);
    return () => window.removeEventListener("hashchange", followHash);
  }, []);

  const openAlreadyFlagged = (id: string) => {
    window.getSelection()?.removeAllRanges();
    setPending(null);
    setMessage(null);
    openClaim(id);
  };

  const onClaimChanged = useCallback((updated: Partial<ClaimSummary> & { id: string }) => {
    setClaims((current) => current.map((c) => (c.id === updated.id ? { ...c, ...updated } : c)));
  }, []);
  const onClaimWithdrawn = useCallback(
    (id: string) => {
      setClaims((current) => current.filter((c) => c.id !== id));
      openClaim(null);
      setMessage({ text: "Claim withdrawn.", tone: "info" });
    },
    [openClaim],
  );

  const messageContent = message && (
    <>
      {message.text}
      {message.claimId && (
        <>
          {" "}
          <button type="button" className="link-button" onClick={() => openAlreadyFlagged(message.claimId!)}>
            open it
          </button>
        </>
      )}
    </>
  );

  return (
    <div className="reader">
      <div className="reader-main">
        {activeId && /^[\w-]+$/.test(activeId) && (
          <style>{`mark[data-claim-id="${activeId}"] { outline: 2px solid var(--ink); }`}</style>
        )}
        {reading > 1 && (
          <p className="presence" aria-live="polite">
            {reading} reading
          </p>
        )}
        {isCurrentRevision && (
          <div className="reader-toolbar">
            <button
              ref={caretToggleRef}
              type="button"
              className="secondary toggle-button"
              aria-pressed={caretMode}
              onClick={() => setCaretMode((on) => !on)}
            >
              Select text with the keyboard
            </button>
            <span className={caretMode ? "hint" : "visually-hidden"} role="status" aria-live="polite">
              {caretMode
                ? "Keyboard selection on: the arrow keys move a caret in the text, Shift with the arrows selects, Shift+F flags the selection, Escape leaves."
                : ""}
            </span>
          </div>
        )}
        {suggestionsOn && (
          <div className="reader-toolbar">
            <button
              type="button"
              className="secondary toggle-button"
              aria-pressed={showSuggestions}
              onClick={toggleSuggestions}
            >
              Suggestions
            </button>
            {showSuggestions && (
              <span className="hint" aria-live="polite">
                {suggestionsError ??
                  `${suggestions.length} ${suggestions.length === 1 ? "sentence" : "sentences"} worth checking, underlined with a wavy line.`}
              </span>
            )}
          </div>
        )}
        <section aria-label="Document" className="document-landmark" ref={frameRef}>
          <DocumentView
            content={doc.content}
            highlights={highlights}
            onReady={(e) => (editorRef.current = e)}
            onClaimClick={openClaim}
            suggestions={suggestionHighlights}
            onSuggestionOpen={showSuggestionAt}
            caretMode={caretMode}
            onCaretKey={onCaretKey}
            activeClaimId={activeId}
          />
          {openSuggestion && showSuggestions && (
            <SuggestionPopover
              suggestion={openSuggestion.suggestion}
              top={openSuggestion.top}
              left={openSuggestion.left}
              busy={busy}
              takeFocus={openSuggestion.focus}
              onFlag={() => void flagSuggestion(openSuggestion.suggestion)}
              onDismiss={() => void dismissSuggestion(openSuggestion.suggestion)}
              onClose={() => closeSuggestion(true)}
            />
          )}
          {pending && canReattach && (
            <button
              type="button"
              className="flag-button reattach-button"
              style={{ top: pending.top + 40, left: pending.left }}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => void reattach()}
              disabled={busy}
            >
              Re-attach here
            </button>
          )}
          {pending && isCurrentRevision && viewer && (
            <button
              type="button"
              className="flag-button"
              style={{ top: pending.top, left: pending.left }}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => void flag()}
              disabled={busy}
              aria-keyshortcuts="Shift+F"
            >
              Flag claim
            </button>
          )}
          {pending && isCurrentRevision && !viewer && (
            // Signed out: the same place offers sign-in, and sign-in comes back to this page.
            <button
              type="button"
              className="flag-button"
              style={{ top: pending.top, left: pending.left }}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() =>
                window.location.assign(
                  `/signin?callbackUrl=${encodeURIComponent(window.location.pathname + window.location.search + window.location.hash)}`,
                )
              }
            >
              Sign in to flag
            </button>
          )}
          <p
            role="status"
            aria-live="polite"
            className={`selection-message ${message?.at ? "is-shown" : ""} ${message?.tone === "error" ? "is-error" : ""}`}
            style={message?.at ? { top: message.at.top, left: message.at.left } : undefined}
          >
            {message?.at && messageContent}
          </p>
        </section>
        {newVersion && (
          <p role="alert" className="revision-banner">
            {newVersion} uploaded a new version of this document.{" "}
            <button type="button" className="link-button" onClick={() => window.location.reload()}>
              Reload to read it
            </button>
          </p>
        )}
      </div>
      <ClaimSheet open={sheetOpen} onClose={closeSheet}>
        <ClaimPanel
          claims={claims}
          activeId={activeId}
          viewer={viewer}
          reviewers={reviewers}
          legend={<Legend showSuggestions={showSuggestions && suggestionsOn} />}
          onOpen={openFromPanel}
          onStep={stepClaim}
          onClaimChanged={onClaimChanged}
          onClaimWithdrawn={onClaimWithdrawn}
          justFlaggedId={justFlagged}
          reloadKey={reloadKey}
          isCurrentRevision={isCurrentRevision}
          liveNotice={liveNotice && liveNotice.claimId === activeId ? liveNotice.by : null}
          onReloadClaim={() => setLiveNotice(null)}
          suggestions={showSuggestions && suggestionsOn ? suggestions : null}
          onOpenSuggestion={goToSuggestion}
          focusTarget={focusTarget}
          message={
            message && !message.at ? (
              <span className={message.tone === "error" ? "error" : undefined}>{messageContent}</span>
            ) : null
          }
        />
      </ClaimSheet>
    </div>
  );
}
