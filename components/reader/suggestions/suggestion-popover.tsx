"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { useServerText } from "../../i18n/server-text";
import type { Suggestion } from "@/lib/data/suggestions/sentence-scores";

interface Props {
  suggestion: Suggestion;
  top: number;
  left: number;
  busy: boolean;
  /** Move the focus into the popover (opened from the keyboard). */
  takeFocus: boolean;
  onFlag: () => void;
  onDismiss: () => void;
  onClose: () => void;
}

/**
 * What a suggested claim is and why: its score band and reasons, with "Flag claim" (exactly
 * that sentence) and "Dismiss" (for everyone). A non-modal dialog beside the sentence; Escape closes it.
 */
export function SuggestionPopover({ suggestion, top, left, busy, takeFocus, onFlag, onDismiss, onClose }: Props) {
  const t = useTranslations("Suggestions");
  const translate = useServerText();
  const band = useTranslations("Bands");
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) first.current?.focus();
  }, [takeFocus, suggestion.id]);
  return (
    <div
      role="dialog"
      aria-label={t("popoverLabel")}
      className="suggestion-popover"
      style={{ top, left }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <p className="suggestion-band">
        {t.rich("band", {
          band: band(suggestion.band),
          score: Math.round(suggestion.score * 100),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      {suggestion.reasons.length > 0 && (
        <ul className="suggestion-reasons" aria-label={t("why")}>
          {suggestion.reasons.map((reason) => (
            <li key={reason}>{translate(reason)}</li>
          ))}
        </ul>
      )}
      <p className="suggestion-actions">
        <button type="button" ref={first} onClick={onFlag} disabled={busy}>
          {t("flag")}
        </button>{" "}
        <button type="button" className="secondary" onClick={onDismiss} disabled={busy}>
          {t("dismiss")}
        </button>{" "}
        <button type="button" className="link-button" onClick={onClose} aria-label={t("closeLabel")}>
          {t("close")}
        </button>
      </p>
    </div>
  );
}
