"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { callApi } from "../../../api-client";

/** "Unpublish" with a required reason: the public address answers 410 Gone and shows it. */
export function UnpublishForm({
  claimId,
  onDone,
  onCancel,
}: {
  claimId: string;
  onDone: (message: string | null, tone: "info" | "error") => void;
  onCancel: () => void;
}) {
  const t = useTranslations("Publishing");
  const id = useId();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await callApi(`/api/claims/${claimId}/fact-check/unpublish`, "POST", { reason });
    if (!result.ok) {
      if (result.fieldErrors.reason) return setError(result.fieldErrors.reason);
      return onDone(result.message, "error");
    }
    onDone(t("unpublished"), "info");
  }

  return (
    <form className="review-form" aria-label={t("unpublish")} onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={`${id}-reason`}>{t("unpublishReason")}</label>
      <textarea
        id={`${id}-reason`}
        rows={2}
        value={reason}
        onChange={(e) => {
          setReason(e.target.value);
          setError(null);
        }}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="danger">
          {t("unpublish")}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
