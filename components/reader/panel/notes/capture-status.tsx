"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { CaptureView } from "@/lib/data/evidence/captures";
import { callApi } from "../../../api-client";
import { FormattedDate } from "../../../formatted-date";
import { useServerText } from "../../../i18n/server-text";

/**
 * A cited source's evidence: "Capturing…", "Captured <time>" with its files and their SHA-256,
 * or "Capture failed: <reason>" with "Try again". Re-check findings show beside it.
 */
export function CaptureStatus({ capture }: { capture: CaptureView }) {
  // After "Try again", the retried capture shows until the panel's next load says more.
  const t = useTranslations("CaptureStatus");
  const translate = useServerText();
  const [retried, setRetried] = useState<CaptureView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = retried && retried.id === capture.id && capture.status === "FAILED" ? retried : capture;

  async function retry() {
    const result = await callApi<CaptureView>(`/api/captures/${current.id}/retry`, "POST", {});
    if (!result.ok) return setError(result.message);
    setError(null);
    setRetried(result.data);
  }

  if (current.status === "QUEUED" || current.status === "CAPTURING") {
    return (
      <p className="capture-status" aria-live="polite">
        {t("capturing")}
      </p>
    );
  }
  if (current.status === "FAILED") {
    return (
      <p className="capture-status capture-failed">
        {t("failed", { reason: current.error ? translate(current.error) : t("unknownReason") })}{" "}
        <button type="button" className="link-button" onClick={() => void retry()}>
          {t("tryAgain")}
        </button>
        {error && <span role="alert"> {error}</span>}
      </p>
    );
  }
  return (
    <div className="capture-status">
      <p>
        {t("captured")} {current.capturedAt ? <FormattedDate iso={current.capturedAt} /> : null}
        {current.httpStatus && current.httpStatus >= 400 ? ` ${t("siteAnswered", { status: current.httpStatus })}` : ""}
        {current.recheckState === "CHANGED" && <strong className="recheck-changed"> · {t("changed")}</strong>}
        {current.recheckState === "GONE" && <strong className="recheck-changed"> · {t("gone")}</strong>}
        {current.recheckState === "UNCHANGED" && current.recheckedAt && <span> · {t("unchanged")}</span>}
      </p>
      {current.recheckState === "GONE" && current.recheckReason && (
        <p className="recheck-changed">{current.recheckReason}</p>
      )}
      {current.recheckDiff && (
        <details className="recheck-diff">
          <summary>{t("whatChanged")}</summary>
          <p>
            {current.recheckDiff.map(([op, text], i) =>
              op < 0 ? (
                <del key={i} aria-label={t("removed", { text })}>
                  {text}
                </del>
              ) : op > 0 ? (
                <ins key={i} aria-label={t("added", { text })}>
                  {text}
                </ins>
              ) : (
                <span key={i}>{text.length > 160 ? `${text.slice(0, 70)} … ${text.slice(-70)}` : text}</span>
              ),
            )}
          </p>
        </details>
      )}
      <p className="capture-files">
        {current.files.map((file, i) => (
          <span key={file.name}>
            {i > 0 && " · "}
            <a
              href={file.href}
              {...(file.name === "page.mhtml" ? { download: "" } : { target: "_blank", rel: "noopener noreferrer" })}
            >
              {file.label}
            </a>
          </span>
        ))}
      </p>
      {current.files.length > 0 && (
        <details className="capture-details">
          <summary>{t("details")}</summary>
          <ul>
            {current.files.map((file) => (
              <li key={file.name}>
                {file.label}:{" "}
                <span title={t("sha256Title")}>
                  SHA-256 <code className="sha256">{file.sha256}</code>
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
