"use client";

import { useState } from "react";
import { callApi } from "../api-client";

/** Disables an account (ending its sessions at once) or enables it again; shows the server's refusal. */
export function AccountToggle({ userId, userName, disabled }: { userId: string; userName: string; disabled: boolean }) {
  const [isDisabled, setDisabled] = useState(disabled);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function toggle() {
    const next = !isDisabled;
    if (
      next &&
      !window.confirm(
        `Disable ${userName}'s account? They are signed out everywhere at once and cannot sign in until enabled.`,
      )
    )
      return;
    setBusy(true);
    const result = await callApi(`/api/users/${userId}/disabled`, "PUT", { disabled: next });
    setBusy(false);
    if (!result.ok) return setMessage({ text: result.message, error: true });
    setDisabled(next);
    setMessage({ text: next ? "Disabled." : "Enabled.", error: false });
  }

  const label = isDisabled ? "Enable account" : "Disable account";
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={busy}
        aria-label={`${label} of ${userName}`}
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
