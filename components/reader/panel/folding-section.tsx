"use client";

import { useState, type ReactNode } from "react";

/**
 * A claim card's section that folds: its heading is a button (the disclosure pattern), so the
 * heading keeps its name and level for people who move by headings, and a long card can be
 * brought down to the parts being worked on. Open unless told otherwise; each card starts
 * the same, so a section never hides because of another claim.
 */
export function FoldingSection({
  id,
  title,
  className,
  defaultOpen = true,
  revealKey = 0,
  children,
}: {
  id: string;
  title: string;
  className?: string;
  defaultOpen?: boolean;
  /** Each new value opens the section: something inside it is about to take the focus. */
  revealKey?: number;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(defaultOpen);
  // Opened in the same render as the new key, so whatever takes the focus next finds it shown.
  const [shownKey, setShownKey] = useState(revealKey);
  if (revealKey !== shownKey) {
    setShownKey(revealKey);
    setOpen(true);
  }
  return (
    <section aria-labelledby={`${id}-heading`} className={["fold", className].filter(Boolean).join(" ")}>
      <h3 id={`${id}-heading`} className="fold-heading">
        <button
          type="button"
          className="fold-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          {title}
        </button>
      </h3>
      <div id={`${id}-body`} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
