"use client";

import { useEffect } from "react";
import { getSession, signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

const RENEWED_AT = "claimmark.session-renewed-at";
const RENEW_EVERY_MS = 60 * 60 * 1000;

/**
 * "Sign out" (which also ends the session on the server), shown to signed-in people. While it
 * is on screen it renews the 30-day session about once an hour, so sessions slide with use
 * instead of ending 30 days after sign-in.
 */
export function SignOutButton() {
  const t = useTranslations("Layout");
  useEffect(() => {
    const last = Number(window.localStorage.getItem(RENEWED_AT) ?? 0);
    if (Date.now() - last < RENEW_EVERY_MS) return;
    window.localStorage.setItem(RENEWED_AT, String(Date.now()));
    void getSession(); // the session endpoint answers with a renewed cookie
  }, []);
  return (
    <button type="button" className="secondary" onClick={() => void signOut({ callbackUrl: "/" })}>
      {t("signOut")}
    </button>
  );
}
