"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { callApi } from "../../../api-client";
import { AdminOverride } from "./admin-override";

/** "Reopen claim" with a required reason; the published verdict stays in the history. */
export function ReopenForm({
  claimId,
  version,
  canOverride,
  onDone,
}: {
  claimId: string;
  version: number;
  canOverride: boolean;
  onDone: (message: string, tone: "info" | "error") => void;
}) {
  const t = useTranslations("Review");
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [override, setOverride] = useState(false);

  if (!open) {
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {t("reopen")}
      </button>
    );
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await callApi(`/api/claims/${claimId}/reopen`, "POST", {
      reason,
      version,
      ...(override ? { adminOverride: true } : {}),
    });
    if (!result.ok) {
      if (result.fieldErrors.reason) return setError(result.fieldErrors.reason);
      return onDone(result.message, "error");
    }
    onDone(t("reopened"), "info");
  }

  return (
    <form className="review-form" aria-label={t("reopen")} onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={`${id}-reason`}>{t("reopenReason")}</label>
      <textarea
        id={`${id}-reason`}
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {canOverride && <AdminOverride id={`${id}-override`} checked={override} onChange={setOverride} />}
      <div className="form-actions">
        <button type="submit">{t("reopen")}</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
