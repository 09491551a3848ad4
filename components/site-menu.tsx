"use client";

import { usePathname } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { UnreadBadge } from "./inbox/unread-count";

/**
 * The header's main navigation. Below about 700 px it folds behind a "Menu" button (the unread
 * count shows on the button too), so the header never runs wider than a phone's screen.
 */
export function SiteMenu({ children }: { children: React.ReactNode }) {
  // Open on the page where it was opened: following a link closes it.
  const t = useTranslations("Layout");
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (next: boolean | ((was: boolean) => boolean)) =>
    setOpenOn((typeof next === "function" ? next(open) : next) ? pathname : null);
  return (
    <>
      <button
        type="button"
        className="secondary menu-button"
        aria-expanded={open}
        aria-controls="site-nav"
        onClick={() => setOpen((o) => !o)}
      >
        {t("menu")}
        <UnreadBadge />
      </button>
      <nav id="site-nav" aria-label={t("mainNavigation")} className={open ? "is-open" : undefined}>
        {children}
      </nav>
    </>
  );
}
