"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

/** Shown when a page fails on the server; the details are in the server log, never shown here. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("ErrorPages");
  return (
    <main className="page page-narrow">
      <h1>{t("errorTitle")}</h1>
      <p>{t("errorText")}</p>
      <p>
        <button type="button" onClick={() => reset()}>
          {t("tryAgain")}
        </button>{" "}
        <Link href="/">{t("backToDocuments")}</Link>
      </p>
    </main>
  );
}
