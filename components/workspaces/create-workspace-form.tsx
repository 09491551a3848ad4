"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { callApi } from "../api-client";
import { TextField } from "../text-field";
import { useFieldErrors } from "../use-field-errors";

/** "Create workspace": a name, its visibility, and optionally its address. */
export function CreateWorkspaceForm() {
  const t = useTranslations("WorkspaceForms");
  const router = useRouter();
  const [name, setName] = useState("");
  const [visibility, setVisibility] = useState<"PRIVATE" | "OPEN">("PRIVATE");
  const [slug, setSlug] = useState("");
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, setErrors, bind } = useFieldErrors();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    const result = await callApi<{ slug: string }>("/api/workspaces", "POST", { name, visibility, slug });
    if (!result.ok) {
      setBusy(false);
      setErrors(result.fieldErrors);
      setStatus(result.message);
      return;
    }
    router.push(`/workspaces/${result.data.slug}`);
  };

  return (
    <form onSubmit={submit} noValidate className="stacked-form">
      <TextField id="workspace-name" label={t("name")} {...bind("name", name, setName)} maxLength={100} />
      <fieldset aria-describedby={errors.visibility ? "workspace-visibility-error" : undefined}>
        <legend>{t("visibility")}</legend>
        <label>
          <input
            type="radio"
            name="visibility"
            value="PRIVATE"
            checked={visibility === "PRIVATE"}
            onChange={() => setVisibility("PRIVATE")}
          />{" "}
          {t("private")}
        </label>
        <p className="hint">{t("privateHint")}</p>
        <label>
          <input
            type="radio"
            name="visibility"
            value="OPEN"
            checked={visibility === "OPEN"}
            onChange={() => setVisibility("OPEN")}
          />{" "}
          {t("open")}
        </label>
        <p className="hint">{t("openHint")}</p>
        {errors.visibility && (
          <p id="workspace-visibility-error" className="field-error">
            {errors.visibility}
          </p>
        )}
      </fieldset>
      <TextField
        id="workspace-slug"
        label={t("address")}
        hint={t("addressHint")}
        {...bind("slug", slug, setSlug)}
        maxLength={50}
      />
      {status && (
        <p role="alert" className="error">
          {status}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t("create")}
      </button>
    </form>
  );
}
