"use client";

import Link from "next/link";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { QueueRow } from "@/lib/data/review/review-queue";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claim-status";
import { callApi } from "../api-client";
import { FormattedDate } from "../formatted-date";
import { StatusChip, VerdictChip } from "@/components/chips";
import { truncate } from "@/lib/text/truncate";

/** The queue's table with row checkboxes and the bulk actions (each one transaction on the server). */
export function QueueTable({ rows, reviewers }: { rows: QueueRow[]; reviewers: { id: string; name: string }[] }) {
  const t = useTranslations("ReviewQueue");
  const statusLabel = useTranslations("Statuses");
  const verdictLabel = useTranslations("Verdicts");
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [assignee, setAssignee] = useState("");
  const [status, setStatus] = useState<ClaimStatus | "">("");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [skippable, setSkippable] = useState<{ count: number; run: () => void } | null>(null);

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  async function bulk(url: string, body: object, claimIds: string[] = [...selected]) {
    const result = await callApi<{ changed: number }>(url, "POST", { claimIds, ...body });
    setSkippable(null);
    if (!result.ok) {
      // Some claims cannot take this status: offer to change the others rather than nothing.
      const cannot = result.details.cannotChange;
      if (Array.isArray(cannot) && cannot.length > 0) {
        const others = claimIds.filter((id) => !cannot.includes(id));
        if (others.length > 0) setSkippable({ count: cannot.length, run: () => void bulk(url, body, others) });
      }
      return setMessage({ text: result.message, error: true });
    }
    setMessage({
      text: t("changed", { count: result.data.changed }),
      error: false,
    });
    setSelected(new Set());
    router.refresh();
  }

  return (
    <>
      <div className="bulk-actions" aria-label={t("bulkActions")} role="group">
        <span>{t("selected", { count: selected.size })}</span>
        <label htmlFor="bulk-assignee">{t("assignTo")}</label>
        <select id="bulk-assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
          <option value="">{t("chooseReviewer")}</option>
          <option value="none">{t("unassign")}</option>
          {reviewers.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="secondary"
          disabled={!selected.size || !assignee}
          onClick={() => void bulk("/api/review/assign", { assigneeId: assignee === "none" ? null : assignee })}
        >
          {t("assignSelected")}
        </button>
        <label htmlFor="bulk-status">{t("setStatus")}</label>
        <select id="bulk-status" value={status} onChange={(e) => setStatus(e.target.value as ClaimStatus)}>
          <option value="">{t("chooseStatus")}</option>
          {CLAIM_STATUSES.filter((s) => s !== "REVIEWED").map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="secondary"
          disabled={!selected.size || !status}
          onClick={() => void bulk("/api/review/status", { status })}
        >
          {t("setStatusSelected")}
        </button>
      </div>
      {message && (
        <p role={message.error ? "alert" : "status"} className={message.error ? "error" : "notice"}>
          {message.text}
          {skippable && (
            <>
              {" "}
              <button type="button" className="secondary" onClick={skippable.run}>
                {t("skip", { count: skippable.count })}
              </button>
            </>
          )}
        </p>
      )}
      {/* On a narrow screen the table scrolls sideways inside this box, not the whole page. */}
      <div className="table-scroll">
        <div className="table-scroll">
          <table className="data-table queue-table">
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <input
                    type="checkbox"
                    aria-label={t("selectAll")}
                    checked={rows.length > 0 && selected.size === rows.length}
                    onChange={(e) => setSelected(e.target.checked ? new Set(rows.map((r) => r.id)) : new Set())}
                  />
                </th>
                <th scope="col">{t("columns.claim")}</th>
                <th scope="col">{t("columns.document")}</th>
                <th scope="col">{t("columns.status")}</th>
                <th scope="col">{t("columns.proposed")}</th>
                <th scope="col">{t("columns.finalVerdict")}</th>
                <th scope="col">{t("columns.assignee")}</th>
                <th scope="col">{t("columns.flaggedBy")}</th>
                <th scope="col">{t("columns.lastActivity")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 && (
                <tr>
                  <td colSpan={9}>
                    {t("noMatch")} <Link href="/review?assignee=any">{t("clearFilters")}</Link>
                  </td>
                </tr>
              )}
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t("selectClaim", { quote: truncate(row.exact, 60) })}
                      checked={selected.has(row.id)}
                      onChange={() => toggle(row.id)}
                    />
                  </td>
                  <td className="quote-cell">
                    <a
                      href={`/documents/${row.documentSlug}#claim-${row.id}`}
                      title={row.exact}
                      aria-describedby={`full-${row.id}`}
                    >
                      {truncate(row.exact, 90)}
                    </a>
                    <span id={`full-${row.id}`} role="tooltip" className="full-quote">
                      {row.exact}
                    </span>
                  </td>
                  <td>{truncate(row.documentTitle, 40)}</td>
                  <td>
                    <StatusChip status={row.status} />
                  </td>
                  <td>
                    {row.proposals.length
                      ? row.proposals.map((p) => `${verdictLabel(p.verdict)} ×${p.count}`).join(t("separator"))
                      : "—"}
                  </td>
                  <td>{row.finalVerdict ? <VerdictChip verdict={row.finalVerdict} /> : "—"}</td>
                  <td>{row.assigneeName ?? t("unassigned")}</td>
                  <td>{row.flaggedBy}</td>
                  <td>
                    <FormattedDate iso={row.lastActivityAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
