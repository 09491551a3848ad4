"use client";

import { useEffect, useId, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { Verdict } from "@/lib/verdicts";
import { MAX_RATIONALE_LENGTH, noteSchema } from "@/lib/validation/note";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import type { NoteWritten } from "@/lib/data/notes/notes";
import { callApi } from "../../../api-client";
import { useFieldErrors } from "../../../use-field-errors";
import { VerdictSelect } from "../../../verdict-select";
import { MentionTextarea } from "../../../mention-textarea";
import { remapSourceErrors, type SourceRow } from "./remap-source-errors";

interface Props {
  claimId?: string;
  /** Set when editing an existing note. */
  noteId?: string;
  initial?: { verdict?: Verdict; rationale: string; sources: { url: string; title: string | null }[] };
  /** Called with the claim's version after the write, so the panel's other forms send the current one. */
  onSaved: (claimVersion?: number) => void;
  onCancel?: () => void;
  /** Put the caret in the form's first field when it appears (right after flagging a claim). */
  autoFocus?: boolean;
}

/** "Add verification note" (or edit one): verdict, Markdown rationale, sources. */
export function NoteForm({ claimId, noteId, initial, onSaved, onCancel, autoFocus = false }: Props) {
  const t = useTranslations("NoteForm");
  const format = useFormatter();
  const formId = useId();
  const [verdict, setVerdict] = useState<Verdict | "">(initial?.verdict ?? "");
  const [rationale, setRationale] = useState(initial?.rationale ?? "");
  const [sources, setSources] = useState<SourceRow[]>(
    initial?.sources.length
      ? initial.sources.map((s) => ({ url: s.url, title: s.title ?? "" }))
      : [{ url: "", title: "" }],
  );
  const { errors, setErrors, clear, bind } = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const heading = noteId ? t("editHeading") : t("addHeading");
  // The "Preview" tab: the rationale rendered by the server's own Markdown code (null: writing).
  const [preview, setPreview] = useState<string | null>(null);
  const previewing = preview !== null;
  async function showPreview() {
    if (!rationale.trim()) return setPreview("");
    const result = await callApi<{ html: string }>("/api/markdown/preview", "POST", { text: rationale });
    if (!result.ok) return setFormError(t("previewFailed", { message: result.message }));
    setPreview(result.data.html);
  }
  useEffect(() => {
    if (autoFocus) document.getElementById(`${formId}-verdict`)?.focus();
  }, [autoFocus, formId]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    // Empty source rows are the blank "Add source" fields, not sources.
    const payload = {
      verdict,
      rationale,
      sources: sources.filter((s) => s.url.trim() || s.title.trim()).map((s) => ({ url: s.url, title: s.title })),
    };
    const local = noteSchema.safeParse(payload);
    if (!local.success) {
      setErrors(remapSourceErrors(fieldErrorsOf(local.error), sources));
      setFormError(t("checkFields"));
      return;
    }
    setSaving(true);
    const result = noteId
      ? await callApi<NoteWritten>(`/api/notes/${noteId}`, "PATCH", payload)
      : await callApi<NoteWritten>(`/api/claims/${claimId}/notes`, "POST", payload);
    setSaving(false);
    if (!result.ok) {
      setErrors(remapSourceErrors(result.fieldErrors, sources));
      setFormError(result.message);
      return;
    }
    setErrors({});
    setFormError(null);
    if (!noteId) {
      setVerdict("");
      setRationale("");
      setSources([{ url: "", title: "" }]);
    }
    onSaved(result.data.claimVersion);
  }

  const fieldId = (name: string) => `${formId}-${name}`;
  const errorFor = (name: string) =>
    errors[name] ? (
      <p id={fieldId(`${name}-error`)} className="field-error">
        {errors[name]}
      </p>
    ) : null;
  const describedBy = (name: string) => (errors[name] ? fieldId(`${name}-error`) : undefined);

  return (
    <form className="note-form" aria-label={heading} onSubmit={(e) => void submit(e)} noValidate>
      <h3>{heading}</h3>
      <VerdictSelect id={fieldId("verdict")} {...bind("verdict", verdict, setVerdict)} />

      <label htmlFor={fieldId("rationale")}>{t("rationale")}</label>
      <div role="tablist" aria-label={t("writeOrPreview")} className="tabs tabs-small">
        <button
          type="button"
          role="tab"
          aria-selected={!previewing}
          aria-controls={fieldId("rationale")}
          onClick={() => setPreview(null)}
        >
          {t("write")}
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={previewing}
          aria-controls={fieldId("rationale-preview")}
          onClick={() => void showPreview()}
        >
          {t("preview")}
        </button>
      </div>
      {previewing && (
        <div
          id={fieldId("rationale-preview")}
          role="tabpanel"
          aria-label={t("preview")}
          className="markdown-preview"
          // Rendered and sanitised on the server by lib/markdown/render-markdown.ts, as notes are.
          dangerouslySetInnerHTML={{ __html: preview ?? "" }}
        />
      )}
      {previewing && preview === "" && <p className="hint">{t("nothingToPreview")}</p>}
      <MentionTextarea
        hidden={previewing}
        id={fieldId("rationale")}
        value={rationale}
        onChange={(value) => {
          setRationale(value);
          clear("rationale");
        }}
        rows={5}
        maxLength={MAX_RATIONALE_LENGTH}
        aria-invalid={Boolean(errors.rationale)}
        aria-describedby={[fieldId("rationale-hint"), describedBy("rationale")].filter(Boolean).join(" ")}
        required
      />
      <p id={fieldId("rationale-hint")} className="hint">
        {t("rationaleHint", {
          used: format.number(rationale.length),
          max: format.number(MAX_RATIONALE_LENGTH),
        })}
      </p>
      {errorFor("rationale")}

      <fieldset className="sources-fieldset">
        <legend>{t("sources")}</legend>
        {sources.map((source, index) => (
          <div className="source-row" key={index}>
            <label htmlFor={fieldId(`source-${index}-url`)}>{t("sourceUrl")}</label>
            <input
              id={fieldId(`source-${index}-url`)}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={source.url}
              onChange={(e) => {
                setSources((rows) => rows.map((r, i) => (i === index ? { ...r, url: e.target.value } : r)));
                clear(`sources.${index}.url`);
              }}
              aria-invalid={Boolean(errors[`sources.${index}.url`])}
              aria-describedby={describedBy(`sources.${index}.url`)}
            />
            {errorFor(`sources.${index}.url`)}
            <label htmlFor={fieldId(`source-${index}-title`)}>{t("sourceTitle")}</label>
            <input
              id={fieldId(`source-${index}-title`)}
              value={source.title}
              onChange={(e) => {
                setSources((rows) => rows.map((r, i) => (i === index ? { ...r, title: e.target.value } : r)));
                clear(`sources.${index}.title`);
              }}
            />
            {sources.length > 1 && (
              <button
                type="button"
                className="link-button"
                aria-label={t("removeSourceLabel", { number: index + 1 })}
                onClick={() => setSources((rows) => rows.filter((_, i) => i !== index))}
              >
                {t("remove")}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => setSources((rows) => [...rows, { url: "", title: "" }])}
        >
          {t("addSource")}
        </button>
        {errorFor("sources")}
      </fieldset>

      {formError && (
        <p role="alert" className="error">
          {formError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" disabled={saving}>
          {saving ? t("saving") : t("save")}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
