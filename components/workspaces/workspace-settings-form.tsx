"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { Visibility } from "@/lib/workspaces/visibility";
import { callApi } from "../api-client";
import { TextField } from "../text-field";
import { useFieldErrors } from "../use-field-errors";

interface Settings {
  slug: string;
  name: string;
  visibility: Visibility;
  shareFactChecks: boolean;
}

/** A workspace's settings (its Admins): name, visibility, fact-check sharing; and "Archive workspace". */
export function WorkspaceSettingsForm({ initial }: { initial: Settings }) {
  const t = useTranslations("WorkspaceForms");
  const router = useRouter();
  const [name, setName] = useState(initial.name);
  const [visibility, setVisibility] = useState(initial.visibility);
  const [share, setShare] = useState(initial.shareFactChecks);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const { setErrors, bind } = useFieldErrors();

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setStatus(null);
    const result = await callApi(`/api/workspaces/${initial.slug}`, "PATCH", {
      name,
      visibility,
      shareFactChecks: share,
    });
    if (!result.ok) {
      setErrors(result.fieldErrors);
      setStatus({ text: result.message, error: true });
      return;
    }
    setStatus({ text: t("saved"), error: false });
    router.refresh();
  };

  const archive = async () => {
    const result = await callApi(`/api/workspaces/${initial.slug}/archive`, "POST", { archived: true });
    if (!result.ok) setStatus({ text: result.message, error: true });
    else router.push("/workspaces");
  };

  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t("settings")}</h2>
      <form onSubmit={save} noValidate className="stacked-form">
        <TextField id="settings-name" label={t("name")} {...bind("name", name, setName)} />
        <div className="field">
          <label htmlFor="settings-visibility">{t("visibility")}</label>
          <select
            id="settings-visibility"
            value={visibility}
            onChange={(e) => setVisibility(e.target.value as Visibility)}
          >
            <option value="PRIVATE">{t("private")}</option>
            <option value="OPEN">{t("open")}</option>
          </select>
        </div>
        <label>
          <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} /> {t("share")}
        </label>
        <button type="submit">{t("save")}</button>
        {status && (
          <p role={status.error ? "alert" : "status"} className={status.error ? "error" : "hint"}>
            {status.text}
          </p>
        )}
      </form>
      <p>
        {t("archiveExplained")}{" "}
        <button type="button" className="secondary" onClick={archive}>
          {t("archive")}
        </button>
      </p>
    </section>
  );
}
