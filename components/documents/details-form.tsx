"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { DocumentDetails } from "@/lib/data/documents/document-admin";
import { callApi } from "../api-client";
import { TextField } from "../text-field";
import { useFieldErrors } from "../use-field-errors";
import { LanguageSelect } from "./language-select";

// Each field's label is DetailsForm.<name> in the messages; the author's has a hint too.
const FIELDS: { name: "title" | "author" | "publisher" | "publishedOn" | "originalUrl"; type: string }[] = [
  { name: "title", type: "text" },
  { name: "author", type: "text" },
  { name: "publisher", type: "text" },
  { name: "publishedOn", type: "date" },
  { name: "originalUrl", type: "url" },
];

/** Edits a document's details; admins also archive or restore it here. */
export function DetailsForm({
  initial,
  canArchive,
  detectedLanguage,
}: {
  initial: DocumentDetails;
  canArchive: boolean;
  /** What reading the text found, named beside "Read from the text". */
  detectedLanguage: string | null;
}) {
  const router = useRouter();
  const t = useTranslations("DetailsForm");
  const [values, setValues] = useState({
    title: initial.title,
    author: initial.author ?? "",
    publisher: initial.publisher ?? "",
    publishedOn: initial.publishedOn ?? "",
    originalUrl: initial.originalUrl ?? "",
    language: initial.language ?? "",
  });
  const [archived, setArchived] = useState(initial.archived);
  const [status, setStatus] = useState<{ text: string; tone: "info" | "error" } | null>(null);
  const [busy, setBusy] = useState(false);
  const { errors, setErrors, clear } = useFieldErrors();

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setStatus(null);
    const result = await callApi<DocumentDetails>(`/api/documents/${initial.slug}/details`, "PUT", values);
    setBusy(false);
    if (!result.ok) {
      setErrors(result.fieldErrors);
      setStatus({ text: result.message, tone: "error" });
      return;
    }
    setErrors({});
    setStatus({ text: t("saved"), tone: "info" });
    router.refresh();
  };

  const toggleArchive = async () => {
    setBusy(true);
    const result = await callApi<DocumentDetails>(`/api/documents/${initial.slug}/archive`, "POST", {
      archived: !archived,
    });
    setBusy(false);
    if (!result.ok) return setStatus({ text: result.message, tone: "error" });
    setArchived(result.data.archived);
    setStatus({
      text: result.data.archived ? t("archivedStatus") : t("restoredStatus"),
      tone: "info",
    });
  };

  return (
    <>
      <form onSubmit={save} noValidate>
        {FIELDS.map((field) => (
          <TextField
            key={field.name}
            id={`doc-${field.name}`}
            label={t(field.name)}
            type={field.type}
            hint={field.name === "author" ? t("authorHint") : undefined}
            error={errors[field.name]}
            value={values[field.name]}
            onChange={(value) => {
              setValues((v) => ({ ...v, [field.name]: value }));
              clear(field.name);
            }}
          />
        ))}
        <LanguageSelect
          detected={detectedLanguage}
          value={values.language}
          error={errors.language}
          onChange={(language) => {
            setValues((v) => ({ ...v, language }));
            clear("language");
          }}
        />
        <button type="submit" disabled={busy}>
          {t("save")}
        </button>
      </form>
      {canArchive && (
        <section className="danger-zone" aria-labelledby="archive-heading">
          <h2 id="archive-heading">{t("archiveHeading")}</h2>
          <p>{archived ? t("isArchived") : t("archiveExplained")}</p>
          <button type="button" onClick={toggleArchive} disabled={busy}>
            {archived ? t("restore") : t("archive")}
          </button>
        </section>
      )}
      <p role="status" className={status?.tone === "error" ? "form-error" : "status-line"}>
        {status?.text ?? ""}
      </p>
    </>
  );
}
