"use client";

import { useCallback, useMemo, useReducer, useRef, type ReactNode } from "react";
import type { Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { plainTextOfDoc } from "@/lib/document/blocks";
import { fullPageClaims, type CompactPageClaim } from "@/lib/document/page-claims";
import type { ClaimSummary, ReaderDocument } from "@/lib/data/documents/documents";
import { canReview } from "@/lib/roles";
import { callApi } from "../api-client";
import { useMediaQuery } from "../use-media-query";
import { useLiveChanges } from "./live/use-live-changes";
import { ClaimPanel } from "./panel/claim-panel";
import { Legend } from "./panel/legend";
import type { ReviewerOption } from "./panel/review/assign-select";
import { ReaderMessageText } from "./reader-message";
import { ReaderToolbar } from "./reader-toolbar";
import { ClaimSheet } from "./sheet/claim-sheet";
import { ReaderContext, type ReaderContextValue } from "./state/reader-context";
import { highlightsOf, initialReaderState, readerReducer } from "./state/reader-state";
import { useReaderActions } from "./state/use-reader-actions";
import { SuggestionPopover } from "./suggestions/suggestion-popover";
import { useSuggestionPopover } from "./suggestions/use-suggestion-popover";
import { useReaderSuggestions } from "./suggestions/use-reader-suggestions";
import { DocumentView } from "./text/document-view";
import { SelectionControls } from "./text/selection-controls";
import { useSelectionTracking } from "./text/use-selection-tracking";
import { useClaimPermalink } from "./use-claim-permalink";
import { useReaderKeys } from "./use-reader-keys";
import type { Viewer } from "./viewer";

interface Props {
  document: Omit<ReaderDocument, "claims">;
  initialClaims: CompactPageClaim<ClaimSummary>[];
  viewer: Viewer | null;
  /** Reviewers a claim can be assigned to (only passed to reviewers). */
  reviewers: ReviewerOption[];
  /** The change-feed seq when the page was rendered: the live stream replays from there. */
  liveFrom?: number;
  /** The signed-in person's remembered "Suggestions" toggle. */
  initialShowSuggestions?: boolean;
  /** The document's title, byline and links, shown under the toolbar and above the text. */
  header?: ReactNode;
}

/**
 * The reader: the document with its highlights, the "Flag claim" button and the claim panel.
 * Its state lives in one reducer (state/reader-state.ts); this component wires the hooks that
 * dispatch to it and lays out the parts, which read it through the reader context.
 */
export function Reader({
  document: doc,
  initialClaims,
  viewer,
  reviewers,
  liveFrom,
  initialShowSuggestions = false,
  header,
}: Props) {
  const t = useTranslations("Reader");
  // The coordinate system of every selector, derived here rather than sent twice with the page.
  const plainText = useMemo(() => plainTextOfDoc(doc.content), [doc.content]);
  const [state, dispatch] = useReducer(readerReducer, null, () =>
    initialReaderState(fullPageClaims(initialClaims, plainText)),
  );
  const { claims, activeId, pending, busy, message, caretMode } = state;
  // An earlier revision is read as it was: no flagging, no re-attaching, no suggestions.
  const isCurrentRevision = doc.revision === doc.currentRevision;
  const editorRef = useRef<Editor | null>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const caretToggleRef = useRef<HTMLButtonElement>(null);
  // Only a change of place or look redraws a mark (text/extensions/claim-highlights.ts).
  const highlights = useMemo(() => highlightsOf(claims), [claims]);
  const actions = useReaderActions({ state, dispatch, slug: doc.slug, plainText, viewer, frameRef, editorRef });
  const { readPending, flag, flagRange, openClaim, openFromPanel, stepClaim, openAlreadyFlagged } = actions;

  const { suggestions, showSuggestions, suggestionHighlights, suggestionsUnavailable } = useReaderSuggestions({
    slug: doc.slug,
    language: doc.languages.document,
    signedIn: Boolean(viewer),
    initiallyShown: initialShowSuggestions,
    isCurrentRevision,
  });
  const popover = useSuggestionPopover({
    suggestions: suggestions.suggestions,
    frameRef,
    flagRange,
    removeSuggestion: suggestions.remove,
    dismissed: suggestions.dismissedOne,
    signedIn: Boolean(viewer),
    setBusy: (on) => dispatch({ type: "busy", busy: on }),
    setMessage: (next) => dispatch({ type: "message shown", message: next }),
  });
  useSelectionTracking(readPending, dispatch, popover.closeOpenSuggestion);
  useClaimPermalink(claims, dispatch, frameRef);

  const onPhone = useMediaQuery("(max-width: 700px)");
  /** Closes the claim (the phone's sheet) and gives the focus back to its highlight, where the person was. */
  const closeClaim = useCallback(() => {
    const id = activeId;
    openClaim(null);
    if (!id) return;
    window.setTimeout(
      () =>
        frameRef.current
          ?.querySelector<HTMLElement>(`mark[data-claim-id="${CSS.escape(id)}"]`)
          ?.focus({ preventScroll: true }),
      0,
    );
  }, [openClaim, activeId]);
  const clearSelection = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    dispatch({ type: "selection changed", pending: null });
  }, []);
  const onCaretKey = useCallback(
    (key: "Escape" | "Shift+F") => {
      // The key can follow Shift+End faster than "selectionchange" arrives: read the selection now.
      if (key === "Shift+F") return void flag(readPending());
      dispatch({ type: "caret mode set", on: false });
      caretToggleRef.current?.focus();
    },
    [flag, readPending],
  );
  useReaderKeys({
    hasSelection: pending !== null,
    hasOpenClaim: activeId !== null,
    suggestionOpen: popover.openSuggestion !== null,
    closeSuggestion: () => popover.closeSuggestion(true),
    clearSelection,
    closeClaim,
    stepClaim,
    flag: () => void flag(),
  });

  // Colleagues' changes arrive live: highlights refresh without touching the selection or the
  // scroll; the open claim says who changed it instead of resetting a form being typed in.
  const refetchTimer = useRef<number | null>(null);
  useLiveChanges(
    doc.slug,
    isCurrentRevision,
    (change) => {
      if (viewer && change.actorId === viewer.id) return; // own changes are already on screen
      const by = change.actorName ?? t("someone");
      dispatch({ type: "live change arrived", action: change.action, claimId: change.claimId, by });
      if (change.action === "document.revise") return;
      if (refetchTimer.current !== null) window.clearTimeout(refetchTimer.current);
      refetchTimer.current = window.setTimeout(async () => {
        suggestions.refresh();
        const result = await callApi<ClaimSummary[]>(`/api/documents/${doc.slug}/claims`, "GET");
        if (result.ok) dispatch({ type: "claims refreshed", claims: result.data });
      }, 100);
    },
    (count) => dispatch({ type: "reading counted", count }),
    liveFrom,
  );

  const activeClaim = activeId ? claims.find((c) => c.id === activeId) : undefined;
  const canReattach = Boolean(
    viewer && canReview(viewer.role) && isCurrentRevision && activeClaim?.anchorState === "orphaned",
  );
  const context = useMemo<ReaderContextValue>(
    () => ({ state, dispatch, viewer, reviewers, isCurrentRevision, openFromPanel, stepClaim }),
    [state, viewer, reviewers, isCurrentRevision, openFromPanel, stepClaim],
  );

  return (
    <ReaderContext.Provider value={context}>
      <div className="reader">
        <div className="reader-main">
          {activeId && /^[\w-]+$/.test(activeId) && (
            <style>{`mark[data-claim-id="${activeId}"] { outline: 2px solid var(--ink); }`}</style>
          )}
          {state.reading > 1 && (
            <p className="presence" aria-live="polite">
              {t("reading", { count: state.reading })}
            </p>
          )}
          <ReaderToolbar
            slug={doc.slug}
            revision={doc.revision}
            currentRevision={doc.currentRevision}
            revisions={doc.revisions}
            caretToggleRef={caretToggleRef}
            suggestions={{
              show: showSuggestions,
              toggle: suggestions.toggle,
              count: suggestions.shown.length,
              error: suggestions.error,
              unavailable: suggestionsUnavailable,
            }}
          />
          {header}
          <section aria-label={t("document")} className="document-landmark" ref={frameRef}>
            <DocumentView
              content={doc.content}
              highlights={highlights}
              onReady={(editor) => (editorRef.current = editor)}
              onClaimClick={openClaim}
              suggestions={{ highlights: suggestionHighlights, onOpen: popover.showSuggestionAt }}
              caret={{ on: caretMode, onKey: onCaretKey }}
              activeClaimId={activeId}
              languages={doc.languages}
            />
            {popover.openSuggestion && showSuggestions && (
              <SuggestionPopover
                suggestion={popover.openSuggestion.suggestion}
                top={popover.openSuggestion.top}
                left={popover.openSuggestion.left}
                busy={busy}
                takeFocus={popover.openSuggestion.focus}
                onFlag={() => void popover.flagSuggestion(popover.openSuggestion!.suggestion)}
                onDismiss={() => void popover.dismissSuggestion(popover.openSuggestion!.suggestion)}
                onClose={() => popover.closeSuggestion(true)}
              />
            )}
            <SelectionControls
              canReattach={canReattach}
              onFlag={() => void flag()}
              onReattach={() => void actions.reattach()}
              onOpenClaim={openAlreadyFlagged}
            />
          </section>
          {state.newVersionBy && (
            <p role="alert" className="revision-banner">
              {t("newVersion", { name: state.newVersionBy })}{" "}
              <button type="button" className="link-button" onClick={() => window.location.reload()}>
                {t("reload")}
              </button>
            </p>
          )}
        </div>
        <ClaimSheet open={onPhone && activeId !== null} onClose={closeClaim}>
          <ClaimPanel
            legend={<Legend showSuggestions={showSuggestions} />}
            suggestions={showSuggestions ? suggestions : null}
            onOpenSuggestion={popover.goToSuggestion}
            message={
              message && !message.at ? (
                <span className={message.tone === "error" ? "error" : undefined}>
                  <ReaderMessageText message={message} onOpenClaim={openAlreadyFlagged} />
                </span>
              ) : null
            }
          />
        </ClaimSheet>
      </div>
    </ReaderContext.Provider>
  );
}
