"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { LOCALES, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";
import { callApi } from "../api-client";

/**
 * On one's own profile: "Language", the interface's language for this account, or the browser's
 * (the default). Saved as soon as it is chosen; the page comes back in the new language.
 */
export function LanguageForm({ current }: { current: Locale | null }) {
  const t = useTranslations("LanguageForm");
  const router = useRouter();
  const [value, setValue] = useState<string>(current ?? "");
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  async function choose(next: string) {
    const previous = value;
    setValue(next);
    const result = await callApi("/api/me/preferences", "PUT", { locale: next === "" ? null : next });
    if (!result.ok) {
      setValue(previous);
      return setStatus({ text: result.message, error: true });
    }
    setStatus({ text: "", error: false });
    router.refresh();
  }

  return (
    <div className="field language-form">
      <label htmlFor="interface-language">{t("label")}</label>
      <select
        id="interface-language"
        value={value}
        aria-describedby="interface-language-hint"
        onChange={(event) => void choose(event.target.value)}
      >
        <option value="">{t("browser")}</option>
        {LOCALES.map((locale) => (
          // Each language named in itself, so a person who cannot read the current one finds theirs.
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
      <p id="interface-language-hint" className="hint">
        {t("hint")}
      </p>
      <p role={status?.error ? "alert" : "status"} className={status?.error ? "field-error" : "visually-hidden"}>
        {status?.text}
      </p>
    </div>
  );
}
