import { SOURCE_CHANGED_LABEL } from "../capture/changed-since-verdict";
import { statusLabel } from "../claim-status";
import { readableDate, readableDateTime } from "../text/readable-date";
import { verdictLabel } from "../verdicts";
import { escapeMarkdown, escapeRawHtml } from "./escape";
import type { Report, ReportSource } from "./report-model";
import { describeProposals, summarise } from "./summary";

const link = (s: ReportSource) =>
  `[${escapeMarkdown(s.title || s.url)}](<${s.url.replace(/[<>\s]/g, encodeURIComponent)}>)` +
  (s.capture
    ? ` (captured ${readableDateTime(s.capture.capturedAt)}: ${s.capture.files
        .map((f) => `${escapeMarkdown(f.label)} <${f.url}>, SHA-256 \`${f.sha256}\``)
        .join("; ")})`
    : "");

/** The verification report as Markdown: a heading per claim, verdicts in words, sources as links. */
export function renderMarkdownReport(report: Report): string {
  const lines: string[] = [];
  lines.push(`# Verification report: ${escapeMarkdown(report.document.title)}`, "");
  lines.push(
    `Document: <${report.document.url}>${report.document.revision ? `, revision ${report.document.revision}` : ""}  `,
  );
  lines.push(`Generated: ${readableDateTime(report.generatedAt)}  `);
  lines.push(`Contributors: ${report.contributors.map(escapeMarkdown).join(", ") || "none yet"}`, "");
  lines.push("## Summary", "", "| Final verdict | Claims |", "|---|---|");
  for (const row of summarise(report.claims)) lines.push(`| ${row.label} | ${row.count} |`);
  lines.push("");
  if (report.claims.length === 0) lines.push("No claims match these options.", "");
  report.claims.forEach((claim, index) => {
    lines.push(`## Claim ${index + 1}`, "");
    lines.push(`> ${escapeMarkdown(claim.exact)}`, "");
    lines.push(
      `Context: …${escapeMarkdown(claim.prefix)}**${escapeMarkdown(claim.exact)}**${escapeMarkdown(claim.suffix)}…`,
      "",
    );
    if (claim.finalVerdict) {
      lines.push(`**Final verdict: ${verdictLabel(claim.finalVerdict)}**`, "");
      if (claim.sourceChanged) lines.push(`*${SOURCE_CHANGED_LABEL}.*`, "");
      if (claim.finalSummary) lines.push(escapeMarkdown(claim.finalSummary), "");
      lines.push(
        `Reviewed by ${escapeMarkdown(claim.reviewerName ?? "unknown")} on ${claim.reviewedAt ? readableDate(claim.reviewedAt) : "an unknown date"}.`,
        "",
      );
    } else {
      lines.push(
        `**Not yet reviewed** (${statusLabel(claim.status)}). Proposed verdicts: ${describeProposals(claim.proposedVerdicts)}.`,
        "",
      );
    }
    lines.push(
      `Flagged by ${escapeMarkdown(claim.flaggedBy)} on ${readableDate(claim.flaggedAt)}. Permalink: <${claim.permalink}>`,
      "",
    );
    if (claim.sources.length) {
      lines.push("Sources:", "");
      for (const source of claim.sources) lines.push(`- ${link(source)}`);
      lines.push("");
    } else {
      lines.push("Sources: none cited.", "");
    }
    if (claim.sameClaimAs.length) {
      lines.push("Same claim as:", "");
      for (const l of claim.sameClaimAs)
        lines.push(
          `- [${escapeMarkdown(l.text)}](<${l.url}>)${l.verdict ? ` (${escapeMarkdown(l.verdict)})` : ""}${l.context ? `, ${escapeMarkdown(l.context)}` : ""}`,
        );
      lines.push("");
    }
    if (report.options.includeNotes && claim.notes.length) {
      lines.push("### Verification notes", "");
      for (const note of claim.notes) {
        lines.push(
          `#### ${escapeMarkdown(note.authorName)}: ${verdictLabel(note.verdict)} (${readableDate(note.createdAt)})`,
          "",
        );
        // Rationales are Markdown already; quote them so their headings stay inside the note,
        // and escape raw HTML in them, which the app never renders either.
        lines.push(
          ...escapeRawHtml(note.rationale)
            .split("\n")
            .map((l) => `> ${l}`),
          "",
        );
      }
    }
  });
  return lines.join("\n");
}
