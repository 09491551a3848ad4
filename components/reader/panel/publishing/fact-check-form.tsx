"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { FactCheckDraft } from "@/lib/data/publishing/fact-check-draft";
import { MAX_CORRECTION_LENGTH, MAX_HEADLINE_LENGTH, MAX_PUBLIC_SUMMARY_LENGTH } from "@/lib/validation/publishing";
import { callApi } from "../../../api-client";
import { TextField } from "../../../text-field";
import { useFieldErrors } from "../../../use-field-errors";

type Fields = FactCheckDraft["fields"];

interface Props {
  claimId: string;
  draft: FactCheckDraft;
  /** "publish" (first time, or again after unpublishing) or "update" (asks for a correction note). */
  mode: "publish" | "update";
  onDone: (message: string | null, tone: "info" | "error") => void;
  onCancel: () => void;
}

/** The public fact-check's form: headline, summary, who made the claim and where, the sources to show. */
export function FactCheckForm({ claimId, draft, mode, onDone, onCancel }: Props) {
  const t = useTranslations("Publishing");
  const id = useId();
  const [fields, setFields] = useState<Fields>(draft.fields);
  const [chosen, setChosen] = useState(() => new Set(draft.sources.filter((s) => s.chosen).map((s) => s.url)));
  const [correction, setCorrection] = useState("");
  const { errors, setErrors, clear, bind } = useFieldErrors();
  const [busy, setBusy] = useState(false);
  const action = mode === "publish" ? t("publish") : t("update");

  const field = (
    key: keyof Fields,
    label: string,
    extra: { type?: string; hint?: string; maxLength?: number } = {},
  ) => (
    <TextField
      id={`${id}-${key}`}
      label={label}
      {...bind(key, fields[key], (value) => setFields((f) => ({ ...f, [key]: value })))}
      {...extra}
    />
  );

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    const body = {
      ...fields,
      sources: draft.sources.filter((s) => chosen.has(s.url)).map((s) => s.url),
      ...(mode === "update" ? { correction } : {}),
    };
    const result = await callApi<{ slug: string }>(
      `/api/claims/${claimId}/fact-check`,
      mode === "publish" ? "POST" : "PATCH",
      body,
    );
    setBusy(false);
    if (!result.ok) {
      setErrors(result.fieldErrors);
      if (Object.keys(result.fieldErrors).length === 0) onDone(result.message, "error");
      return;
    }
    onDone(mode === "publish" ? t("published") : t("updated"), "info");
  }

  return (
    <form className="review-form" aria-label={action} onSubmit={(e) => void submit(e)} noValidate>
      {field("headline", t("headline"), { maxLength: MAX_HEADLINE_LENGTH })}
      <div className="field">
        <label htmlFor={`${id}-summary`}>{t("summary")}</label>
        <textarea
          id={`${id}-summary`}
          rows={4}
          maxLength={MAX_PUBLIC_SUMMARY_LENGTH}
          value={fields.summary}
          onChange={(e) => {
            setFields((f) => ({ ...f, summary: e.target.value }));
            clear("summary");
          }}
          aria-invalid={Boolean(errors.summary)}
          aria-describedby={errors.summary ? `${id}-summary-error` : undefined}
        />
        {errors.summary && (
          <p id={`${id}-summary-error`} className="field-error">
            {errors.summary}
          </p>
        )}
      </div>
      {field("claimAuthor", t("claimAuthor"))}
      {field("claimPublisher", t("claimPublisher"))}
      {field("claimDate", t("claimDate"), { hint: t("claimDateHint") })}
      {field("claimUrl", t("claimUrl"), { type: "url" })}
      <fieldset aria-describedby={errors.sources ? `${id}-sources-error` : undefined}>
        <legend>{t("sources")}</legend>
        {draft.sources.map((source) => (
          <label key={source.url} className="check">
            <input
              type="checkbox"
              checked={chosen.has(source.url)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(source.url);
                else next.delete(source.url);
                setChosen(next);
                clear("sources");
              }}
            />{" "}
            {source.title ?? source.url}
          </label>
        ))}
        {errors.sources && (
          <p id={`${id}-sources-error`} className="field-error">
            {errors.sources}
          </p>
        )}
      </fieldset>
      {mode === "update" && (
        <TextField
          id={`${id}-correction`}
          label={t("correction")}
          hint={t("correctionHint")}
          maxLength={MAX_CORRECTION_LENGTH}
          {...bind("correction", correction, setCorrection)}
        />
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {action}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
