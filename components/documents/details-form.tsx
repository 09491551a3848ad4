"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import type { DocumentDetails } from "@/lib/data/documents/document-admin";
import { callApi } from "../api-client";
import { TextField } from "../text-field";
import { useFieldErrors } from "../use-field-errors";
import { LanguageSelect } from "./language-select";

const FIELDS: {
  name: "title" | "author" | "publisher" | "publishedOn" | "originalUrl";
  label: string;
  type: string;
  hint?: string;
}[] = [
  { name: "title", label: "Title", type: "text" },
  {
    name: "author",
    label: "Author",
    type: "text",
    hint: "The person or organisation that made the claims (used as the claims' author in ClaimReview).",
  },
  { name: "publisher", label: "Publisher", type: "text" },
  { name: "publishedOn", label: "Publication date", type: "date" },
  { name: "originalUrl", label: "Original URL", type: "url" },
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
    setStatus({ text: "Details saved.", tone: "info" });
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
      text: result.data.archived
        ? "Archived: hidden from the document list, still readable by its address."
        : "Restored to the document list.",
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
            label={field.label}
            type={field.type}
            hint={field.hint}
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
          Save details
        </button>
      </form>
      {canArchive && (
        <section className="danger-zone" aria-labelledby="archive-heading">
          <h2 id="archive-heading">Archive</h2>
          <p>
            {archived
              ? "This document is archived: hidden from the list, still readable by its address."
              : "Archiving hides the document from the list. Nothing is deleted, and it can be restored."}
          </p>
          <button type="button" onClick={toggleArchive} disabled={busy}>
            {archived ? "Restore to the list" : "Archive document"}
          </button>
        </section>
      )}
      <p role="status" className={status?.tone === "error" ? "form-error" : "status-line"}>
        {status?.text ?? ""}
      </p>
    </>
  );
}
