"use client";

import type { SuggestionsView } from "./use-suggestions";

/** "Undo" beside "Suggestion dismissed for everyone.", for a few seconds after the dismissal. */
export function UndoDismissal({ view }: { view: SuggestionsView }) {
  const last = view.lastDismissed;
  if (!last) return view.undone ? <> It is back.</> : null;
  return (
    <>
      {" "}
      <button type="button" className="link-button" onClick={() => void view.restore(last.id)}>
        Undo
      </button>
    </>
  );
}
