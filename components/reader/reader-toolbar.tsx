"use client";

import type { RefObject } from "react";
import { useReader } from "./state/reader-context";

/** The "Suggestions" toggle's state, as useSuggestions gives it. */
interface SuggestionsToggle {
  show: boolean;
  toggle: () => void;
  count: number;
  error: string | null;
}

/** The reader's toggles: "Select text with the keyboard" and "Suggestions" (current revision only). */
export function ReaderToolbar({
  caretToggleRef,
  suggestions,
}: {
  caretToggleRef: RefObject<HTMLButtonElement | null>;
  suggestions: SuggestionsToggle;
}) {
  const { state, dispatch, isCurrentRevision } = useReader();
  if (!isCurrentRevision) return null;
  const { caretMode } = state;
  return (
    <>
      <div className="reader-toolbar">
        <button
          ref={caretToggleRef}
          type="button"
          className="secondary toggle-button"
          aria-pressed={caretMode}
          onClick={() => dispatch({ type: "caret mode set", on: !caretMode })}
        >
          Select text with the keyboard
        </button>
        <span className={caretMode ? "hint" : "visually-hidden"} role="status" aria-live="polite">
          {caretMode
            ? "Keyboard selection on: the arrow keys move a caret in the text, Shift with the arrows selects, Shift+F flags the selection, Escape leaves."
            : ""}
        </span>
      </div>
      <div className="reader-toolbar">
        <button
          type="button"
          className="secondary toggle-button"
          aria-pressed={suggestions.show}
          onClick={suggestions.toggle}
        >
          Suggestions
        </button>
        {suggestions.show && (
          <span className="hint" aria-live="polite">
            {suggestions.error ??
              `${suggestions.count} ${suggestions.count === 1 ? "sentence" : "sentences"} worth checking, underlined with a wavy line.`}
          </span>
        )}
      </div>
    </>
  );
}
