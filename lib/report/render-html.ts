import { statusLabel } from "../claim-status";
import { renderMarkdown } from "../markdown/render-markdown";
import { verdictColours, verdictLabel, type Verdict } from "../verdicts";
import { escapeHtml } from "./escape";
import type { Report, ReportClaim, ReportSource } from "./report-model";
import { describeProposals, summarise, type SummaryRow } from "./summary";

const BAR_COLOURS: Record<SummaryRow["key"], string> = {
  TRUE: "#2b8a3e",
  MOSTLY_TRUE: "#69db7c",
  MIXED: "#f59f00",
  MISLEADING: "#e8590c",
  FALSE: "#c92a2a",
  UNVERIFIABLE: "#868e96",
  NOT_REVIEWED: "#ced4da",
};

/** A horizontal bar chart of the summary, with the numbers as text and a table for screen readers. */
export function renderSummaryChart(rows: SummaryRow[]): string {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const rowHeight = 26;
  const labelWidth = 150;
  const barWidth = 300;
  const bars = rows
    .map((row, i) => {
      const y = i * rowHeight;
      const width = Math.round((row.count / max) * barWidth);
      return (
        `<g><text x="0" y="${y + 17}" font-size="13">${escapeHtml(row.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 4}" width="${width}" height="18" fill="${BAR_COLOURS[row.key]}"></rect>` +
        `<text x="${labelWidth + width + 6}" y="${y + 17}" font-size="13">${row.count}</text></g>`
      );
    })
    .join("");
  const description = rows.map((r) => `${r.label}: ${r.count}`).join(", ");
  return `<figure class="report-chart">
<svg role="img" aria-labelledby="chart-title chart-desc" width="${labelWidth + barWidth + 40}" height="${rows.length * rowHeight}" viewBox="0 0 ${labelWidth + barWidth + 40} ${rows.length * rowHeight}" xmlns="http://www.w3.org/2000/svg">
<title id="chart-title">Claims by final verdict</title><desc id="chart-desc">${escapeHtml(description)}</desc>${bars}</svg>
<figcaption>Claims by final verdict: ${escapeHtml(description)}.</figcaption>
</figure>`;
}

const sourceLink = (s: ReportSource) =>
  `<a href="${escapeHtml(s.url)}" rel="noopener noreferrer nofollow">${escapeHtml(s.title || s.url)}</a>` +
  (s.capture
    ? ` <span class="report-capture">(captured ${escapeHtml(s.capture.capturedAt.slice(0, 16).replace("T", " "))} UTC: ${s.capture.files
        .map(
          (f) =>
            `<a href="${escapeHtml(f.url)}">${escapeHtml(f.label)}</a>, SHA-256 <code>${escapeHtml(f.sha256)}</code>`,
        )
        .join("; ")})</span>`
    : "");

/** The verdict chip of components/chips.tsx, as HTML: the same colours in the report as in the app. */
function verdictChip(verdict: Verdict, text: string): string {
  const { fill, edge } = verdictColours(verdict);
  return `<span class="chip" style="background:${fill};border-color:${edge}">${escapeHtml(text)}</span>`;
}

function renderClaim(claim: ReportClaim, index: number, includeNotes: boolean): string {
  const verdict = claim.finalVerdict
    ? `<p class="report-verdict">${verdictChip(claim.finalVerdict, `Final verdict: ${verdictLabel(claim.finalVerdict)}`)}</p>
${claim.finalSummary ? `<p class="report-summary">${escapeHtml(claim.finalSummary)}</p>` : ""}
<p class="report-meta">Reviewed by ${escapeHtml(claim.reviewerName ?? "unknown")} on <time datetime="${claim.reviewedAt ?? ""}">${escapeHtml((claim.reviewedAt ?? "").slice(0, 10))}</time>.</p>`
    : `<p class="report-verdict not-reviewed"><strong>Not yet reviewed</strong> (${statusLabel(claim.status)}). Proposed verdicts: ${escapeHtml(describeProposals(claim.proposedVerdicts))}.</p>`;
  const sources = claim.sources.length
    ? `<h4>Sources</h4><ul class="report-sources">${claim.sources.map((s) => `<li>${sourceLink(s)}</li>`).join("")}</ul>`
    : `<p class="report-meta">No sources cited.</p>`;
  const sameClaim = claim.sameClaimAs.length
    ? `<h4>Same claim as</h4><ul class="report-links">${claim.sameClaimAs
        .map(
          (l) =>
            `<li><a href="${escapeHtml(l.url)}" rel="noopener noreferrer nofollow">${escapeHtml(l.text)}</a>${l.verdict ? ` (${escapeHtml(l.verdict)})` : ""}${l.context ? `, ${escapeHtml(l.context)}` : ""}</li>`,
        )
        .join("")}</ul>`
    : "";
  const notes =
    includeNotes && claim.notes.length
      ? `<h4>Verification notes</h4><ol class="report-notes">${claim.notes
          .map(
            (n) =>
              `<li><p class="report-meta">${escapeHtml(n.authorName)}: <strong>${verdictLabel(n.verdict)}</strong>, ${escapeHtml(n.createdAt.slice(0, 10))}</p>${renderMarkdown(n.rationale)}${
                n.sources.length ? `<ul>${n.sources.map((s) => `<li>${sourceLink(s)}</li>`).join("")}</ul>` : ""
              }</li>`,
          )
          .join("")}</ol>`
      : "";
  return `<section class="report-claim" id="claim-${escapeHtml(claim.id)}" aria-labelledby="claim-${index + 1}-heading">
<h3 id="claim-${index + 1}-heading">Claim ${index + 1}</h3>
<blockquote class="report-quote"><span class="report-context">…${escapeHtml(claim.prefix)}</span><mark>${escapeHtml(claim.exact)}</mark><span class="report-context">${escapeHtml(claim.suffix)}…</span></blockquote>
${verdict}
${sources}
${sameClaim}
${notes}
<p class="report-meta">Flagged by ${escapeHtml(claim.flaggedBy)} on ${escapeHtml(claim.flaggedAt.slice(0, 10))}. <a href="${escapeHtml(claim.permalink)}">Open in the reader</a></p>
</section>`;
}

/** The report's content (no page chrome): shared by the report page, the HTML export and the PDF. */
export function renderReportBody(report: Report): string {
  const rows = summarise(report.claims);
  return `<article class="report">
<h1>Verification report: ${escapeHtml(report.document.title)}</h1>
<p class="report-meta">Document: <a href="${escapeHtml(report.document.url)}">${escapeHtml(report.document.url)}</a>${report.document.revision ? `, revision ${report.document.revision}` : ""}<br>
Generated <time datetime="${report.generatedAt}">${escapeHtml(report.generatedAt.replace("T", " ").slice(0, 16))} UTC</time><br>
Contributors: ${escapeHtml(report.contributors.join(", ") || "none yet")}</p>
<h2>Summary</h2>
${renderSummaryChart(rows)}
<h2>Claims (${report.claims.length})</h2>
${report.claims.length ? report.claims.map((c, i) => renderClaim(c, i, report.options.includeNotes)).join("\n") : "<p>No claims match these options.</p>"}
</article>`;
}

/** Styles of the report, print rules included (no navigation, URLs after links, claims unsplit). */
export const REPORT_CSS = `
.report { font-family: "Noto Sans", "Noto Sans SC", "Noto Sans KR", "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "Noto Sans Thai", "Noto Sans CJK SC", system-ui, sans-serif; line-height: 1.5; color: #1f2328; max-width: 50rem; overflow-wrap: anywhere; }
.report .chip { display: inline-block; border: 1px solid transparent; border-radius: 999px; padding: 0.05rem 0.6rem; font-weight: 600; color: #1f2328; }
.report-quote { border-left: 4px solid #0b5cad; margin: 0.5rem 0; padding: 0.3rem 0.8rem; background: #f6f8fa; }
.report-context { color: #59636e; }
.report-quote mark { background: #fff3bf; color: inherit; }
.report-meta { color: #59636e; font-size: 0.9rem; }
.report-claim { border-top: 1px solid #d0d7de; padding-top: 0.5rem; }
.report-chart svg text { fill: #1f2328; }
.report-chart svg { max-width: 100%; height: auto; }
.report h1, .report h2, .report h3 { break-after: avoid; page-break-after: avoid; }
@media print {
  .site-header, .report-options, .report-downloads, .skip-link { display: none !important; }
  .report-claim { break-inside: avoid; page-break-inside: avoid; }
  /* On paper a source's address is printed after it; links back into Claimmark (long, with ids) are not. */
  .report-sources > li > a[href^="http"]::after, .report-links a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.8em; word-break: break-all; }
  body { margin: 0; }
}`;

/** A complete, standalone HTML document of the report (the html format, and the PDF's source). */
export function renderHtmlReport(report: Report): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Verification report: ${escapeHtml(report.document.title)}</title>
<style>body { margin: 1.5rem; } ${REPORT_CSS}</style></head>
<body>${renderReportBody(report)}</body></html>`;
}
