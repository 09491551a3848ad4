"use client";

import { useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { useInertOutside } from "../../use-inert-outside";

/**
 * Where the claim panel sits. Open (below 700 px with a claim open), it is a bottom sheet over
 * the text: a modal dialog (the rest of the page inert, Tab kept inside), dismissed by
 * "Close", a tap on the backdrop or Escape (the reader's key handler). Closed, both wrappers
 * are display: contents, so the panel stays the reader grid's second column, and switching
 * between the two never remounts the panel.
 */
export function ClaimSheet({ open, onClose, children }: { open: boolean; onClose: () => void; children: ReactNode }) {
  const t = useTranslations("ClaimSheet");
  const slotRef = useRef<HTMLDivElement>(null);
  useInertOutside(slotRef, open);
  return (
    <div ref={slotRef} className={open ? "sheet-slot is-open" : "sheet-slot"}>
      {open && <div className="sheet-backdrop" aria-hidden="true" onClick={onClose} />}
      <div
        className={open ? "bottom-sheet" : "sheet-body"}
        role={open ? "dialog" : undefined}
        aria-modal={open ? true : undefined}
        aria-label={open ? t("label") : undefined}
      >
        {open && (
          <button type="button" className="secondary sheet-close" onClick={onClose}>
            {t("close")}
          </button>
        )}
        {children}
      </div>
    </div>
  );
}
