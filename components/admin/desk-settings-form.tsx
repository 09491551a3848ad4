"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { DeskSettings } from "@/lib/publishing/desk-settings";
import { VERDICTS, type Verdict } from "@/lib/verdicts";
import { callApi } from "../api-client";
import { TextField } from "../text-field";
import { useFieldErrors } from "../use-field-errors";

type TextKey = "organisationName" | "organisationUrl" | "logoUrl" | "licenceName" | "licenceUrl";

const asText = (n: number | null) => (n === null ? "" : String(n));
/** A typed number, or null for an empty box; anything else is sent as typed for the server to name the problem. */
const asNumber = (text: string): number | null | string => {
  if (text.trim() === "") return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : text;
};

/** /admin/settings "Publishing": the organisation, its licence, the rating scale, whether reviewers are named. */
export function DeskSettingsForm({ initial }: { initial: DeskSettings }) {
  const t = useTranslations("DeskSettings");
  const verdictLabel = useTranslations("Verdicts");
  const id = useId();
  const [text, setText] = useState<Record<TextKey, string>>({
    organisationName: initial.organisationName,
    organisationUrl: initial.organisationUrl,
    logoUrl: initial.logoUrl ?? "",
    licenceName: initial.licenceName,
    licenceUrl: initial.licenceUrl ?? "",
  });
  const [worst, setWorst] = useState(asText(initial.ratingScale.worst));
  const [best, setBest] = useState(asText(initial.ratingScale.best));
  const [values, setValues] = useState<Record<Verdict, string>>(
    () =>
      Object.fromEntries(VERDICTS.map((v) => [v, asText(initial.ratingScale.values[v])])) as Record<Verdict, string>,
  );
  const [showNames, setShowNames] = useState(initial.showReviewerNames);
  const { setErrors, bind } = useFieldErrors();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const textField = (key: TextKey, label: string, type = "text") => (
    <TextField
      id={`${id}-${key}`}
      label={label}
      type={type}
      {...bind(key, text[key], (value) => setText((current) => ({ ...current, [key]: value })))}
    />
  );

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = await callApi("/api/admin/settings", "PUT", {
      ...text,
      ratingWorst: asNumber(worst),
      ratingBest: asNumber(best),
      ratingValues: Object.fromEntries(VERDICTS.map((v) => [v, asNumber(values[v])])),
      showReviewerNames: showNames,
    });
    if (!result.ok) {
      setErrors(result.fieldErrors);
      return setStatus({ text: result.message, error: true });
    }
    setErrors({});
    setStatus({ text: t("saved"), error: false });
  }
  return (
    <form className="settings-form" aria-label={t("publishing")} onSubmit={(e) => void submit(e)} noValidate>
      {textField("organisationName", t("organisationName"))}
      {textField("organisationUrl", t("organisationUrl"), "url")}
      {textField("logoUrl", t("logoUrl"), "url")}
      {textField("licenceName", t("licenceName"))}
      {textField("licenceUrl", t("licenceUrl"), "url")}
      <fieldset>
        <legend>{t("ratingScale")}</legend>
        <TextField
          id={`${id}-worst`}
          label={t("worst")}
          inputMode="numeric"
          {...bind("ratingWorst", worst, setWorst)}
        />
        <TextField id={`${id}-best`} label={t("best")} inputMode="numeric" {...bind("ratingBest", best, setBest)} />
        {VERDICTS.map((verdict) => (
          <TextField
            key={verdict}
            id={`${id}-value-${verdict}`}
            label={t("ratingFor", { verdict: verdictLabel(verdict) })}
            hint={verdict === "UNVERIFIABLE" ? t("wordsOnly") : undefined}
            inputMode="numeric"
            {...bind(`ratingValues.${verdict}`, values[verdict], (v) =>
              setValues((current) => ({ ...current, [verdict]: v })),
            )}
          />
        ))}
      </fieldset>
      <p>
        <label>
          <input type="checkbox" checked={showNames} onChange={(e) => setShowNames(e.target.checked)} />{" "}
          {t("showNames")}
        </label>
      </p>
      <button type="submit">{t("save")}</button>
      {status && (
        <p role={status.error ? "alert" : "status"} className={status.error ? "error" : "notice"}>
          {status.text}
        </p>
      )}
    </form>
  );
}
