"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { callApi } from "../api-client";
import { TextField } from "../text-field";
import { useFieldErrors } from "../use-field-errors";

/** On one's own profile: choose the @handle people mention you by. */
export function HandleForm({ current }: { current: string | null }) {
  const t = useTranslations("HandleForm");
  const router = useRouter();
  const [handle, setHandle] = useState(current ?? "");
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, setErrors, clear } = useFieldErrors();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await callApi<{ handle: string }>("/api/me/handle", "PUT", { handle });
    setBusy(false);
    if (!result.ok) {
      setSaved(null);
      return setErrors(Object.keys(result.fieldErrors).length > 0 ? result.fieldErrors : { handle: result.message });
    }
    setHandle(result.data.handle);
    setSaved(t("saved", { handle: result.data.handle }));
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label={t("formLabel")} noValidate className="handle-form">
      <TextField
        id="handle"
        label={t("label")}
        hint={t("hint")}
        value={handle}
        maxLength={31}
        autoComplete="username"
        error={errors.handle}
        onChange={(value) => {
          setHandle(value);
          setSaved(null);
          clear("handle");
        }}
      />
      <button type="submit" disabled={busy}>
        {t("save")}
      </button>
      <p role="status" aria-live="polite">
        {saved}
      </p>
    </form>
  );
}
