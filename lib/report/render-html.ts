import { SOURCE_CHANGED_LABEL } from "../capture/changed-since-verdict";
import { statusLabel } from "../claim-status";
import { renderMarkdown } from "../markdown/render-markdown";
import { domainOf } from "../text/domain-of";
import { readableDate, readableDateTime } from "../text/readable-date";
import { verdictColours, verdictLabel, type Verdict } from "../verdicts";
import { escapeHtml } from "./escape";
import { renderSummaryChart } from "./render-chart";
import { REPORT_CSS } from "./report-css";
import type { Report, ReportCapture, ReportClaim, ReportSource } from "./report-model";
import { describeProposals, summarise } from "./summary";

/**
 * The report as a publication: a cover (title, byline, report date, the verdict chart, the
 * desk), then each claim headed by its verdict chip and quote, its public summary and its
 * sources as numbered footnotes, then an appendix of the captured files and their hashes.
 * Nothing printed carries an internal id: links back into Claimmark are not printed on paper,
 * and hashes live in the appendix rather than between the sentences.
 */

/** A source numbered once per claim that cites it; the appendix refers to it by that number. */
interface Footnote {
  number: number;
  source: ReportSource;
}

/** Gives every claim's sources their footnote numbers, counting on through the report. */
function numberSources(claims: readonly ReportClaim[]): Map<string, Footnote[]> {
  let next = 1;
  return new Map(claims.map((claim) => [claim.id, claim.sources.map((source) => ({ number: next++, source }))]));
}

const footnoteId = (n: number) => `source-${n}`;

const footnoteRefs = (footnotes: readonly Footnote[]) =>
  footnotes
    .map(
      (f) =>
        `<sup class="report-ref"><a href="#${footnoteId(f.number)}" aria-label="Source ${f.number}">${f.number}</a></sup>`,
    )
    .join("");

/** The verdict chip of components/chips.tsx, as HTML: the same colours in the report as in the app. */
function verdictChip(verdict: Verdict, text: string): string {
  const { fill, edge } = verdictColours(verdict);
  return `<span class="chip" style="background:${fill};border-color:${edge}">${escapeHtml(text)}</span>`;
}

function renderFootnote({ number, source }: Footnote): string {
  const title = source.title || domainOf(source.url);
  const captured = source.capture
    ? ` <span class="report-capture">Captured ${escapeHtml(readableDate(source.capture.capturedAt))}.</span>`
    : "";
  return `<li id="${footnoteId(number)}" value="${number}"><a href="${escapeHtml(source.url)}" rel="noopener noreferrer nofollow">${escapeHtml(title)}</a> <span class="report-domain">${escapeHtml(domainOf(source.url))}</span>${captured}</li>`;
}

function renderVerdict(claim: ReportClaim, footnotes: readonly Footnote[]): string {
  if (!claim.finalVerdict) {
    return `<p class="report-verdict not-reviewed">Status: ${statusLabel(claim.status)}. Proposed verdicts: ${escapeHtml(describeProposals(claim.proposedVerdicts))}.</p>`;
  }
  const summary = claim.finalSummary ? escapeHtml(claim.finalSummary) : "";
  return summary || footnotes.length
    ? `<p class="report-summary" dir="auto">${summary}${footnoteRefs(footnotes)}</p>`
    : "";
}

/** Who flagged the claim and who settled it, on one line. */
function renderTrail(claim: ReportClaim): string {
  const reviewed =
    claim.finalVerdict && claim.reviewedAt
      ? `; reviewed by ${escapeHtml(claim.reviewerName ?? "unknown")}, <time datetime="${claim.reviewedAt}">${escapeHtml(readableDate(claim.reviewedAt))}</time>`
      : "";
  return `<p class="report-meta report-trail">Flagged by ${escapeHtml(claim.flaggedBy)}, ${escapeHtml(readableDate(claim.flaggedAt))}${reviewed}.<span class="report-permalink"> <a href="${escapeHtml(claim.permalink)}">Open in the reader</a></span></p>`;
}

function renderNotes(claim: ReportClaim, footnotes: readonly Footnote[]): string {
  if (!claim.notes.length) return "";
  const numberOf = (url: string) => footnotes.filter((f) => f.source.url === url);
  return `<h4>Verification notes</h4><ol class="report-notes">${claim.notes
    .map(
      (n) =>
        `<li><p class="report-meta">${escapeHtml(n.authorName)}: <strong>${verdictLabel(n.verdict)}</strong>, ${escapeHtml(readableDate(n.createdAt))}${footnoteRefs(n.sources.flatMap((s) => numberOf(s.url)))}</p>${renderMarkdown(n.rationale)}</li>`,
    )
    .join("")}</ol>`;
}

function renderClaim(claim: ReportClaim, index: number, footnotes: readonly Footnote[], includeNotes: boolean): string {
  const chip = claim.finalVerdict
    ? verdictChip(claim.finalVerdict, `Final verdict: ${verdictLabel(claim.finalVerdict)}`)
    : `<span class="chip chip-quiet">Not yet reviewed</span>`;
  const sources = footnotes.length
    ? `<ol class="report-footnotes" aria-label="Sources of claim ${index + 1}">${footnotes.map(renderFootnote).join("")}</ol>`
    : `<p class="report-meta">No sources cited.</p>`;
  const sameClaim = claim.sameClaimAs.length
    ? `<h4 class="report-links-heading">Same claim as</h4><ul class="report-links">${claim.sameClaimAs
        .map(
          (l) =>
            `<li><a href="${escapeHtml(l.url)}" rel="noopener noreferrer nofollow">${escapeHtml(l.text)}</a>${l.verdict ? ` (${escapeHtml(l.verdict)})` : ""}${l.context ? `, ${escapeHtml(l.context)}` : ""}</li>`,
        )
        .join("")}</ul>`
    : "";
  return `<section class="report-claim" id="claim-${escapeHtml(claim.id)}" aria-labelledby="claim-${index + 1}-heading">
<h3 id="claim-${index + 1}-heading"><span class="report-claim-number">Claim ${index + 1}</span> ${chip}${claim.sourceChanged ? ` <span class="chip chip-warning">${SOURCE_CHANGED_LABEL}</span>` : ""}</h3>
<blockquote class="report-quote" dir="auto"><span class="report-context">…${escapeHtml(claim.prefix)}</span><mark>${escapeHtml(claim.exact)}</mark><span class="report-context">${escapeHtml(claim.suffix)}…</span></blockquote>
${renderVerdict(claim, footnotes)}
${renderTrail(claim)}
${sources}
${sameClaim}
${includeNotes ? renderNotes(claim, footnotes) : ""}
</section>`;
}

function renderCover(report: Report): string {
  const doc = report.document;
  const byline = [
    doc.author ? `<span>Author: ${escapeHtml(doc.author)}</span>` : "",
    doc.publisher ? `<span>Publisher: ${escapeHtml(doc.publisher)}</span>` : "",
    doc.publishedOn ? `<span>Published: ${escapeHtml(readableDate(doc.publishedOn))}</span>` : "",
    doc.originalUrl
      ? `<span>Original: <a href="${escapeHtml(doc.originalUrl)}" rel="noopener noreferrer nofollow">${escapeHtml(domainOf(doc.originalUrl))}</a></span>`
      : "",
  ].filter(Boolean);
  return `<header class="report-cover">
<p class="report-kicker">Verification report · ${escapeHtml(report.publisher.name)}</p>
<h1 dir="auto">${escapeHtml(doc.title)}</h1>
${byline.length ? `<p class="report-byline">${byline.join(" · ")}</p>` : ""}
<div class="report-cover-facts"><dl class="report-facts">
<dt>Report of</dt><dd><time datetime="${report.generatedAt}">${escapeHtml(readableDateTime(report.generatedAt))}</time></dd>
<dt>Document</dt><dd><a href="${escapeHtml(doc.revisionUrl ?? doc.url)}">${doc.revision ? `Revision ${doc.revision}` : "The current text"}</a></dd>
<dt>Checked by</dt><dd>${escapeHtml(report.publisher.name)}${report.contributors.length ? `: ${escapeHtml(report.contributors.join(", "))}` : ""}</dd>
</dl></div>
<div class="report-cover-summary"><h2>Summary</h2>
${renderSummaryChart(summarise(report.claims))}</div>
</header>`;
}

/** Every captured file of the report's sources, with its own SHA-256, by footnote number. */
function renderAppendix(footnotesByClaim: Map<string, Footnote[]>): string {
  const rows = [...footnotesByClaim.values()]
    .flat()
    .filter((f): f is Footnote & { source: { capture: ReportCapture } } => Boolean(f.source.capture))
    .flatMap(({ number, source }) =>
      source.capture.files.map(
        (file) =>
          `<tr><td>${number}</td><td><a href="${escapeHtml(file.url)}">${escapeHtml(file.label)}</a><br>${escapeHtml(readableDateTime(source.capture.capturedAt))}</td><td><code>${escapeHtml(file.sha256)}</code></td></tr>`,
      ),
    );
  if (!rows.length) return "";
  return `<section class="report-appendix" aria-labelledby="appendix-heading">
<h2 id="appendix-heading">Appendix: captured evidence</h2>
<p class="report-meta">Each file as captured from the source with that footnote number. Hashing a downloaded file gives the SHA-256 printed beside it.</p>
<table><thead><tr><th scope="col">Source</th><th scope="col">File, captured</th><th scope="col">SHA-256</th></tr></thead>
<tbody>${rows.join("")}</tbody></table>
</section>`;
}

/** The report's content (no page chrome): shared by the report page, the HTML export and the PDF. */
export function renderReportBody(report: Report): string {
  const footnotes = numberSources(report.claims);
  const claims = report.claims.length
    ? report.claims.map((c, i) => renderClaim(c, i, footnotes.get(c.id) ?? [], report.options.includeNotes)).join("\n")
    : "<p>No claims match these options.</p>";
  return `<article class="report">
${renderCover(report)}
<h2 class="report-claims-heading">Claims (${report.claims.length})</h2>
${claims}
${renderAppendix(footnotes)}
</article>`;
}

/** A complete, standalone HTML document of the report (the html format, and the PDF's source). */
export function renderHtmlReport(report: Report): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Verification report: ${escapeHtml(report.document.title)}</title>
<style>body { margin: 1.5rem; } ${REPORT_CSS}</style></head>
<body>${renderReportBody(report)}</body></html>`;
}
