import { renderMarkdown } from "../markdown/render-markdown";
import { domainOf } from "../text/domain-of";
import { verdictColours, type Verdict } from "../verdicts";
import { escapeHtml } from "./escape";
import { renderSummaryChart } from "./render-chart";
import { REPORT_CSS } from "./report-css";
import { pageWords, type PageWords } from "../i18n/page-words";
import type { Report, ReportCapture, ReportClaim, ReportSource } from "./report-model";
import { describeProposals, summarise } from "./summary";

/**
 * The report as a publication: a cover (title, byline, report date, the verdict chart, the
 * desk), then each claim headed by its verdict chip and quote, its public summary and its
 * sources as numbered footnotes, then an appendix of the captured files and their hashes.
 * Nothing printed carries an internal id: links back into Claimmark are not printed on paper,
 * and hashes live in the appendix rather than between the sentences. Its words are in the
 * reader's language (report-language.ts); what people wrote is quoted as written, each with
 * dir="auto".
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

const footnoteRefs = (footnotes: readonly Footnote[], l: PageWords) =>
  footnotes
    .map(
      (f) =>
        `<sup class="report-ref"><a href="#${footnoteId(f.number)}" aria-label="${escapeHtml(l.report("sourceNumber", { number: f.number }))}">${f.number}</a></sup>`,
    )
    .join("");

/** The verdict chip of components/chips.tsx, as HTML: the same colours in the report as in the app. */
function verdictChip(verdict: Verdict, text: string): string {
  const { fill, edge } = verdictColours(verdict);
  return `<span class="chip" style="background:${fill};border-color:${edge}">${escapeHtml(text)}</span>`;
}

function renderFootnote({ number, source }: Footnote, l: PageWords): string {
  const title = source.title || domainOf(source.url);
  const captured = source.capture
    ? ` <span class="report-capture">${escapeHtml(l.report("captured", { date: l.date(source.capture.capturedAt) }))}</span>`
    : "";
  return `<li id="${footnoteId(number)}" value="${number}"><a href="${escapeHtml(source.url)}" rel="noopener noreferrer nofollow">${escapeHtml(title)}</a> <span class="report-domain">${escapeHtml(domainOf(source.url))}</span>${captured}</li>`;
}

function renderVerdict(claim: ReportClaim, footnotes: readonly Footnote[], l: PageWords): string {
  if (!claim.finalVerdict) {
    const line = l.report("notReviewedLine", {
      status: l.status(claim.status),
      proposals: describeProposals(claim.proposedVerdicts, l),
    });
    return `<p class="report-verdict not-reviewed">${escapeHtml(line)}</p>`;
  }
  const summary = claim.finalSummary ? escapeHtml(claim.finalSummary) : "";
  return summary || footnotes.length
    ? `<p class="report-summary" dir="auto">${summary}${footnoteRefs(footnotes, l)}</p>`
    : "";
}

/** Who flagged the claim and who settled it, on one line. */
function renderTrail(claim: ReportClaim, l: PageWords): string {
  // The values go in escaped (the reviewed date as a <time>); the messages are the app's own.
  const flagged = { name: escapeHtml(claim.flaggedBy), date: escapeHtml(l.date(claim.flaggedAt)) };
  const line =
    claim.finalVerdict && claim.reviewedAt
      ? l.report("trailReviewed", {
          ...flagged,
          reviewer: escapeHtml(claim.reviewerName ?? l.report("unknownPerson")),
          reviewedOn: `<time datetime="${escapeHtml(claim.reviewedAt)}">${escapeHtml(l.date(claim.reviewedAt))}</time>`,
        })
      : l.report("trail", flagged);
  return `<p class="report-meta report-trail">${line}<span class="report-permalink"> <a href="${escapeHtml(claim.permalink)}">${escapeHtml(l.report("openInReader"))}</a></span></p>`;
}

function renderNotes(claim: ReportClaim, footnotes: readonly Footnote[], l: PageWords): string {
  if (!claim.notes.length) return "";
  const numberOf = (url: string) => footnotes.filter((f) => f.source.url === url);
  return `<h4>${escapeHtml(l.report("notesHeading"))}</h4><ol class="report-notes">${claim.notes
    .map(
      (n) =>
        `<li><p class="report-meta">${escapeHtml(n.authorName)}: <strong>${escapeHtml(l.verdict(n.verdict))}</strong>, ${escapeHtml(l.date(n.createdAt))}${footnoteRefs(
          n.sources.flatMap((s) => numberOf(s.url)),
          l,
        )}</p><div dir="auto">${renderMarkdown(n.rationale)}</div></li>`,
    )
    .join("")}</ol>`;
}

function renderClaim(
  claim: ReportClaim,
  index: number,
  footnotes: readonly Footnote[],
  includeNotes: boolean,
  l: PageWords,
): string {
  const chip = claim.finalVerdict
    ? verdictChip(claim.finalVerdict, l.report("finalVerdict", { verdict: l.verdict(claim.finalVerdict) }))
    : `<span class="chip chip-quiet">${escapeHtml(l.report("notYetReviewed"))}</span>`;
  const sources = footnotes.length
    ? `<ol class="report-footnotes" aria-label="${escapeHtml(l.report("sourcesOfClaim", { number: index + 1 }))}">${footnotes.map((f) => renderFootnote(f, l)).join("")}</ol>`
    : `<p class="report-meta">${escapeHtml(l.report("noSources"))}</p>`;
  const sameClaim = claim.sameClaimAs.length
    ? `<h4 class="report-links-heading">${escapeHtml(l.report("sameClaimAs"))}</h4><ul class="report-links">${claim.sameClaimAs
        .map(
          (l) =>
            `<li><a href="${escapeHtml(l.url)}" rel="noopener noreferrer nofollow">${escapeHtml(l.text)}</a>${l.verdict ? ` (${escapeHtml(l.verdict)})` : ""}${l.context ? `, ${escapeHtml(l.context)}` : ""}</li>`,
        )
        .join("")}</ul>`
    : "";
  return `<section class="report-claim" id="claim-${escapeHtml(claim.id)}" aria-labelledby="claim-${index + 1}-heading">
<h3 id="claim-${index + 1}-heading"><span class="report-claim-number">${escapeHtml(l.report("claimNumber", { number: index + 1 }))}</span> ${chip}${claim.sourceChanged ? ` <span class="chip chip-warning">${escapeHtml(l.report("sourceChanged"))}</span>` : ""}</h3>
<blockquote class="report-quote" dir="auto"><span class="report-context">…${escapeHtml(claim.prefix)}</span><mark>${escapeHtml(claim.exact)}</mark><span class="report-context">${escapeHtml(claim.suffix)}…</span></blockquote>
${renderVerdict(claim, footnotes, l)}
${renderTrail(claim, l)}
${sources}
${sameClaim}
${includeNotes ? renderNotes(claim, footnotes, l) : ""}
</section>`;
}

function renderCover(report: Report, l: PageWords): string {
  const doc = report.document;
  const original = doc.originalUrl
    ? `<a href="${escapeHtml(doc.originalUrl)}" rel="noopener noreferrer nofollow">${escapeHtml(domainOf(doc.originalUrl))}</a>`
    : "";
  const byline = [
    doc.author ? `<span>${escapeHtml(l.report("author", { name: doc.author }))}</span>` : "",
    doc.publisher ? `<span>${escapeHtml(l.report("publisher", { name: doc.publisher }))}</span>` : "",
    doc.publishedOn ? `<span>${escapeHtml(l.report("published", { date: l.date(doc.publishedOn) }))}</span>` : "",
    original ? `<span>${l.report("original", { link: original })}</span>` : "",
  ].filter(Boolean);
  const contributors = l.list(report.contributors);
  return `<header class="report-cover">
<p class="report-kicker">${escapeHtml(l.report("kicker", { publisher: report.publisher.name }))}</p>
<h1 dir="auto">${escapeHtml(doc.title)}</h1>
${byline.length ? `<p class="report-byline">${byline.join(" · ")}</p>` : ""}
<div class="report-cover-facts"><dl class="report-facts">
<dt>${escapeHtml(l.report("reportOf"))}</dt><dd><time datetime="${report.generatedAt}">${escapeHtml(l.dateTime(report.generatedAt))}</time></dd>
<dt>${escapeHtml(l.report("document"))}</dt><dd><a href="${escapeHtml(doc.revisionUrl ?? doc.url)}">${escapeHtml(doc.revision ? l.report("revision", { revision: doc.revision }) : l.report("currentText"))}</a></dd>
<dt>${escapeHtml(l.report("checkedBy"))}</dt><dd>${escapeHtml(report.publisher.name)}${report.contributors.length ? `: ${escapeHtml(contributors)}` : ""}</dd>
</dl></div>
<div class="report-cover-summary"><h2>${escapeHtml(l.report("summary"))}</h2>
${renderSummaryChart(summarise(report.claims, l), l)}</div>
</header>`;
}

/** Every captured file of the report's sources, with its own SHA-256, by footnote number. */
function renderAppendix(footnotesByClaim: Map<string, Footnote[]>, l: PageWords): string {
  const rows = [...footnotesByClaim.values()]
    .flat()
    .filter((f): f is Footnote & { source: { capture: ReportCapture } } => Boolean(f.source.capture))
    .flatMap(({ number, source }) =>
      source.capture.files.map(
        (file) =>
          `<tr><td>${number}</td><td><a href="${escapeHtml(file.url)}">${escapeHtml(l.fileLabel(file.label))}</a><br>${escapeHtml(l.dateTime(source.capture.capturedAt))}</td><td><code>${escapeHtml(file.sha256)}</code></td></tr>`,
      ),
    );
  if (!rows.length) return "";
  return `<section class="report-appendix" aria-labelledby="appendix-heading">
<h2 id="appendix-heading">${escapeHtml(l.report("appendixHeading"))}</h2>
<p class="report-meta">${escapeHtml(l.report("appendixIntro"))}</p>
<table><thead><tr><th scope="col">${escapeHtml(l.report("columnSource"))}</th><th scope="col">${escapeHtml(l.report("columnFile"))}</th><th scope="col">SHA-256</th></tr></thead>
<tbody>${rows.join("")}</tbody></table>
</section>`;
}

/** The report's content (no page chrome): shared by the report page, the HTML export and the PDF. */
export function renderReportBody(report: Report, l: PageWords = pageWords()): string {
  const footnotes = numberSources(report.claims);
  const claims = report.claims.length
    ? report.claims
        .map((c, i) => renderClaim(c, i, footnotes.get(c.id) ?? [], report.options.includeNotes, l))
        .join("\n")
    : `<p>${escapeHtml(l.report("noClaims"))}</p>`;
  return `<article class="report">
${renderCover(report, l)}
<h2 class="report-claims-heading">${escapeHtml(l.report("claimsHeading", { count: report.claims.length }))}</h2>
${claims}
${renderAppendix(footnotes, l)}
</article>`;
}

/**
 * A complete, standalone HTML document of the report (the html format, and the PDF's source),
 * its lang and dir those of its words: an Arabic report reads right to left.
 */
export function renderHtmlReport(report: Report, l: PageWords = pageWords()): string {
  return `<!DOCTYPE html>
<html lang="${l.locale}" dir="${l.dir}"><head><meta charset="utf-8"><title>${escapeHtml(l.report("title", { title: report.document.title }))}</title>
<style>body { margin: 1.5rem; } ${REPORT_CSS}</style></head>
<body>${renderReportBody(report, l)}</body></html>`;
}
