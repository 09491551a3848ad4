"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/** "Sign in", returning to the page the visitor is on. */
export function SignInToContinue() {
  const t = useTranslations("Layout");
  const path = usePathname() || "/";
  return <Link href={`/signin?callbackUrl=${encodeURIComponent(path)}`}>{t("signIn")}</Link>;
}
