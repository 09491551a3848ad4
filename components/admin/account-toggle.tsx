"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { callApi } from "../api-client";

/** Disables an account (ending its sessions at once) or enables it again; shows the server's refusal. */
export function AccountToggle({ userId, userName, disabled }: { userId: string; userName: string; disabled: boolean }) {
  const t = useTranslations("AdminUsers");
  const [isDisabled, setDisabled] = useState(disabled);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function toggle() {
    const next = !isDisabled;
    if (next && !window.confirm(t("disableConfirm", { name: userName }))) return;
    setBusy(true);
    const result = await callApi(`/api/users/${userId}/disabled`, "PUT", { disabled: next });
    setBusy(false);
    if (!result.ok) return setMessage({ text: result.message, error: true });
    setDisabled(next);
    setMessage({ text: next ? t("disabled") : t("enabled"), error: false });
  }
  const label = isDisabled ? t("enable") : t("disable");
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={busy}
        aria-label={t("accountOf", { action: label, name: userName })}
        onClick={() => void toggle()}
      >
        {label}
      </button>
      <span role="status" className={message?.error ? "field-error" : "hint"}>
        {message?.text}
      </span>
    </>
  );
}
