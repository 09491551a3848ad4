"use client";

import { useEffect } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useServerText } from "../../i18n/server-text";
import type { SuggestionsView } from "./use-suggestions";
import { DismissedSuggestions } from "./dismissed-suggestions";

const quote = (text: string) => `“${text.length > 140 ? `${text.slice(0, 140)}…` : text}”`;

/**
 * The panel's "Suggested claims": the strongest band, best first, each a button that shows the
 * sentence and its popover (the same reasons as the popover); "Show more" lists and underlines
 * the rest above the threshold. Reviewers also get "Dismissed (N)", where one can be restored.
 */
export function SuggestedClaimsList({
  view,
  onOpen,
  canRestore,
}: {
  view: SuggestionsView;
  onOpen: (id: string) => void;
  canRestore: boolean;
}) {
  const t = useTranslations("Suggestions");
  const band = useTranslations("Bands");
  const format = useFormatter();
  const translate = useServerText();
  const { shown, hiddenCount, showingAll, setShowAll, dismissed, loadDismissed } = view;
  useEffect(() => {
    if (canRestore) void loadDismissed();
  }, [canRestore, loadDismissed]);
  return (
    <section aria-labelledby="suggested-heading" className="suggested-claims">
      <h3 id="suggested-heading">{t("heading", { count: shown.length })}</h3>
      {shown.length === 0 ? (
        <p className="hint">{t("none")}</p>
      ) : (
        <ol className="claim-list">
          {shown.map((s) => (
            <li key={s.id}>
              <button type="button" className="claim-list-item suggestion-list-item" onClick={() => onOpen(s.id)}>
                <span className="claim-list-quote">{quote(s.text)}</span>
                <span className="claim-list-meta">
                  {band(s.band)} ({Math.round(s.score * 100)}) ·{" "}
                  {format.list(s.reasons.map(translate), { type: "unit" })}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {hiddenCount > 0 && (
        <p className="suggestion-more">
          <button type="button" className="secondary" onClick={() => setShowAll(true)}>
            {t("showMore")}
          </button>{" "}
          <span className="hint">{t("moreHint", { count: hiddenCount })}</span>
        </p>
      )}
      {showingAll && (
        <p className="suggestion-more">
          <button type="button" className="link-button" onClick={() => setShowAll(false)}>
            {t("showFewer")}
          </button>
        </p>
      )}
      {canRestore && dismissed && <DismissedSuggestions dismissed={dismissed} onRestore={view.restore} />}
    </section>
  );
}
