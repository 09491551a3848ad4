"use client";

import { useState, type RefObject } from "react";
import { useTranslations } from "next-intl";
import type { RevisionInfo } from "@/lib/data/documents/documents";
import { RevisionNav } from "../documents/revision-nav";
import { useReader } from "./state/reader-context";

/** The "Suggestions" toggle's state, as useSuggestions gives it. */
interface SuggestionsToggle {
  show: boolean;
  toggle: () => void;
  count: number;
  error: string | null;
  /** Why there are none for this document ("Suggestions are not available for Arabic yet."), if so. */
  unavailable: string | null;
}

/**
 * The reader's one slim toolbar, kept at the top while reading: the revision shown and the
 * report, then "Select text with the keyboard" and "Suggestions" (current revision only).
 * What a toggle is doing is said in one line under it.
 */
export function ReaderToolbar({
  slug,
  revision,
  currentRevision,
  revisions,
  caretToggleRef,
  suggestions,
}: {
  slug: string;
  revision: number;
  currentRevision: number;
  revisions: RevisionInfo[];
  caretToggleRef: RefObject<HTMLButtonElement | null>;
  suggestions: SuggestionsToggle;
}) {
  const t = useTranslations("ReaderToolbar");
  const { state, dispatch, isCurrentRevision } = useReader();
  const { caretMode } = state;
  // Asked for where there is no model for the document's language: said, not pretended.
  const [explained, setExplained] = useState(false);
  const hint = caretMode
    ? t("caretHint")
    : explained && suggestions.unavailable
      ? suggestions.unavailable
      : suggestions.show
        ? (suggestions.error ?? t("suggestionsHint", { count: suggestions.count }))
        : "";
  return (
    <div className="reader-toolbar-bar">
      <div className="reader-toolbar">
        {/* First in the tab order: from the toggles, Tab goes on into the text. */}
        <span className="reader-toolbar-document">
          <a className="reader-toolbar-report" href={`/documents/${slug}/report`} aria-label={t("reportLabel")}>
            {t("report")}
          </a>
          <RevisionNav slug={slug} revision={revision} currentRevision={currentRevision} revisions={revisions} />
        </span>
        {isCurrentRevision && (
          <>
            <button
              ref={caretToggleRef}
              type="button"
              className="secondary toggle-button"
              aria-pressed={caretMode}
              onClick={() => dispatch({ type: "caret mode set", on: !caretMode })}
            >
              {t("caretToggle")}
            </button>
            <button
              type="button"
              className="secondary toggle-button"
              aria-pressed={suggestions.show}
              onClick={suggestions.unavailable ? () => setExplained(!explained) : suggestions.toggle}
            >
              {t("suggestions")}
            </button>
          </>
        )}
      </div>
      <p className={hint ? "hint reader-toolbar-hint" : "visually-hidden"} role="status" aria-live="polite">
        {hint}
      </p>
    </div>
  );
}
