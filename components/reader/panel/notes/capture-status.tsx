"use client";

import { useState } from "react";
import type { CaptureView } from "@/lib/data/evidence/captures";
import { callApi } from "../../../api-client";
import { FormattedDate } from "../../../formatted-date";

/**
 * A cited source's evidence: "Capturing…", "Captured <time>" with its files and their SHA-256,
 * or "Capture failed: <reason>" with "Try again". Re-check findings show beside it.
 */
export function CaptureStatus({ capture }: { capture: CaptureView }) {
  // After "Try again", the retried capture shows until the panel's next load says more.
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
        Capturing…
      </p>
    );
  }
  if (current.status === "FAILED") {
    return (
      <p className="capture-status capture-failed">
        Capture failed: {current.error ?? "unknown reason"}{" "}
        <button type="button" className="link-button" onClick={() => void retry()}>
          Try again
        </button>
        {error && <span role="alert"> {error}</span>}
      </p>
    );
  }
  return (
    <div className="capture-status">
      <p>
        Captured {current.capturedAt ? <FormattedDate iso={current.capturedAt} /> : null}
        {current.httpStatus && current.httpStatus >= 400 ? ` (the site answered ${current.httpStatus})` : ""}
        {current.recheckState === "CHANGED" && (
          <strong className="recheck-changed"> · changed since the capture</strong>
        )}
        {current.recheckState === "GONE" && <strong className="recheck-changed"> · gone since the capture</strong>}
        {current.recheckState === "UNCHANGED" && current.recheckedAt && <span> · unchanged when re-checked</span>}
      </p>
      {current.recheckState === "GONE" && current.recheckReason && (
        <p className="recheck-changed">{current.recheckReason}</p>
      )}
      {current.recheckDiff && (
        <details className="recheck-diff">
          <summary>What changed since the capture</summary>
          <p>
            {current.recheckDiff.map(([op, text], i) =>
              op < 0 ? (
                <del key={i} aria-label={`removed: ${text}`}>
                  {text}
                </del>
              ) : op > 0 ? (
                <ins key={i} aria-label={`added: ${text}`}>
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
          <summary>Details</summary>
          <ul>
            {current.files.map((file) => (
              <li key={file.name}>
                {file.label}:{" "}
                <span title="SHA-256 of the file">
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
