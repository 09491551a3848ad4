"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { CLAIMREVIEW_FILE_TOO_LARGE, MAX_CLAIMREVIEW_FILE_BYTES } from "@/lib/validation/fact-check";
import { callApi } from "../api-client";

interface ImportSummary {
  created: number;
  updated: number;
  skipped: { index: number; reason: string }[];
}

/** "ClaimReview file" and "Import fact-checks": the result says what was added, updated and skipped (by item). */
export function FactCheckImportForm() {
  const t = useTranslations("FactCheckImport");
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [skipped, setSkipped] = useState<ImportSummary["skipped"]>([]);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setSummary(null);
    setSkipped([]);
    if (!file) return setError(t("chooseFile"));
    if (file.size > MAX_CLAIMREVIEW_FILE_BYTES) return setError(CLAIMREVIEW_FILE_TOO_LARGE);
    const form = new FormData();
    form.set("file", file);
    setBusy(true);
    const result = await callApi<ImportSummary>("/api/fact-checks", "POST", form);
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      const listed = result.details.skipped;
      if (Array.isArray(listed)) setSkipped(listed as ImportSummary["skipped"]);
      return;
    }
    setError(null);
    setSummary(result.data);
    setSkipped(result.data.skipped);
    router.refresh();
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="stack" noValidate>
      <div>
        <label htmlFor="claimreview-file">{t("file")}</label>
        <input
          id="claimreview-file"
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          aria-describedby={error ? "claimreview-file-error" : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setError(null);
          }}
        />
        {error && (
          <p id="claimreview-file-error" role="alert" className="error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" disabled={busy}>
        {busy ? t("importing") : t("submit")}
      </button>
      {summary && (
        <p role="status" className="notice">
          {t("summary", { created: summary.created, updated: summary.updated, skipped: summary.skipped.length })}
        </p>
      )}
      {skipped.length > 0 && (
        <section aria-labelledby="skipped-heading">
          <h2 id="skipped-heading">{t("skippedHeading", { count: skipped.length })}</h2>
          <ul>
            {skipped.slice(0, 200).map((s) => (
              <li key={s.index}>{t("item", { number: s.index + 1, reason: s.reason })}</li>
            ))}
          </ul>
          {skipped.length > 200 && <p>{t("andMore", { count: skipped.length - 200 })}</p>}
        </section>
      )}
    </form>
  );
}
