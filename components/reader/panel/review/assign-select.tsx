"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { callApi } from "../../../api-client";

export interface ReviewerOption {
  id: string;
  name: string;
}

/** "Assign to" one reviewer (or nobody); the server checks the role and records the change. */
export function AssignSelect({
  claimId,
  assigneeId,
  reviewers,
  onDone,
}: {
  claimId: string;
  assigneeId: string | null;
  reviewers: ReviewerOption[];
  onDone: (message: string, tone: "info" | "error") => void;
}) {
  const t = useTranslations("Review");
  const id = useId();
  async function change(value: string) {
    const result = await callApi<{ changed: number }>("/api/review/assign", "POST", {
      claimIds: [claimId],
      assigneeId: value || null,
    });
    onDone(result.ok ? t("assignmentSaved") : result.message, result.ok ? "info" : "error");
  }
  return (
    <div className="assign">
      <label htmlFor={`${id}-assignee`}>{t("assignTo")}</label>
      <select id={`${id}-assignee`} value={assigneeId ?? ""} onChange={(e) => void change(e.target.value)}>
        <option value="">{t("nobody")}</option>

        {reviewers.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    </div>
  );
}
