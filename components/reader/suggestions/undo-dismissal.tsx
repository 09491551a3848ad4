"use client";

import { useTranslations } from "next-intl";
import type { SuggestionsView } from "./use-suggestions";

/** "Undo" beside "Suggestion dismissed for everyone.", for a few seconds after the dismissal. */
export function UndoDismissal({ view }: { view: SuggestionsView }) {
  const t = useTranslations("Suggestions");
  const last = view.lastDismissed;
  if (!last) return view.undone ? <> {t("isBack")}</> : null;
  return (
    <>
      {" "}
      <button type="button" className="link-button" onClick={() => void view.restore(last.id)}>
        {t("undo")}
      </button>
    </>
  );
}
