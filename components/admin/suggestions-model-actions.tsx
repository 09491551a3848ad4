"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { callApi } from "../api-client";

/** "Retrain now" and "Reset to the base model": both queued for the worker; the answer says what happens next. */
export function SuggestionsModelActions({ deskInUse }: { deskInUse: boolean }) {
  const t = useTranslations("SuggestionsModel");
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (path: string) => {
    setBusy(true);
    const result = await callApi<{ message: string }>(path, "POST", {});
    setBusy(false);
    setMessage(result.ok ? { text: result.data.message, error: false } : { text: result.message, error: true });
    router.refresh();
  };
  return (
    <div className="suggestions-model-actions">
      <p>
        <button type="button" disabled={busy} onClick={() => void run("/api/admin/suggestions/retrain")}>
          {t("retrain")}
        </button>{" "}
        <button
          type="button"
          className="secondary"
          disabled={busy || !deskInUse}
          onClick={() => void run("/api/admin/suggestions/reset")}
        >
          {t("reset")}
        </button>
      </p>
      <p role={message?.error ? "alert" : "status"} className={message?.error ? "error" : undefined}>
        {message?.text}
      </p>
    </div>
  );
}
