"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { Verdict } from "@/lib/verdicts";
import { MAX_SUMMARY_LENGTH } from "@/lib/validation/review";
import { callApi } from "../../../api-client";
import { useFieldErrors } from "../../../use-field-errors";
import { VerdictSelect } from "../../../verdict-select";

interface Props {
  claimId: string;
  version: number;
  /** What the notes propose, shown beside the verdict select. */
  proposals: { verdict: Verdict; count: number }[];
  /** Admins may override the second-pair-of-eyes rule, explicitly. */
  canOverride: boolean;
  /** Why the rule does not allow publishing yet (null when it does). */
  blockedReason?: string | null;
  /** Called after a publish attempt: null on success, or the message to show (the panel reloads either way). */
  onDone: (message: string | null, tone: "info" | "error") => void;
}

/** The reviewer's "Final verdict" form: a verdict, the summary the report shows, "Publish verdict". */
export function FinalVerdictForm({ claimId, version, canOverride, blockedReason = null, proposals, onDone }: Props) {
  const t = useTranslations("Review");
  const verdictLabel = useTranslations("Verdicts");
  const id = useId();
  const [verdict, setVerdict] = useState<Verdict | "">("");
  const [summary, setSummary] = useState("");
  const { errors, setErrors, clear, bind } = useFieldErrors();
  const [busy, setBusy] = useState(false);
  // The evidence rule is not met: an admin may still publish, with a button that says so.
  const override = Boolean(blockedReason) && canOverride;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await callApi(`/api/claims/${claimId}/verdict`, "POST", {
      verdict,
      summary,
      version,
      ...(override ? { adminOverride: true } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.fieldErrors);
      if (Object.keys(result.fieldErrors).length === 0) onDone(result.message, "error");
      return;
    }
    onDone(t("published"), "info");
  }

  return (
    <form className="review-form" aria-label={t("finalVerdict")} onSubmit={(e) => void submit(e)} noValidate>
      <h4>{t("finalVerdict")}</h4>
      <VerdictSelect id={`${id}-verdict`} {...bind("verdict", verdict, setVerdict)} />
      <p className="hint" data-testid="proposals">
        {proposals.length
          ? t("notesPropose", {
              proposals: proposals.map((p) => `${verdictLabel(p.verdict)} ×${p.count}`).join(t("separator")),
            })
          : t("noProposals")}
      </p>
      <label htmlFor={`${id}-summary`}>{t("publicSummary")}</label>
      <p className="hint" id={`${id}-summary-hint`}>
        {t("publicSummaryHint")}
      </p>
      <textarea
        id={`${id}-summary`}
        rows={3}
        maxLength={MAX_SUMMARY_LENGTH}
        value={summary}
        onChange={(e) => {
          setSummary(e.target.value);
          clear("summary");
        }}
        aria-invalid={Boolean(errors.summary)}
        aria-describedby={errors.summary ? `${id}-summary-hint ${id}-summary-error` : `${id}-summary-hint`}
      />
      {errors.summary && (
        <p id={`${id}-summary-error`} className="field-error">
          {errors.summary}
        </p>
      )}
      {override && <p className="hint">{t("overrideHint")}</p>}
      <button type="submit" disabled={busy} className={override ? "danger" : undefined}>
        {override ? t("publishWithoutEvidence") : t("publish")}
      </button>
    </form>
  );
}
