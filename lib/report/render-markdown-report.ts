import { escapeMarkdown, escapeRawHtml } from "./escape";
import { pageWords, type PageWords } from "../i18n/page-words";
import type { Report, ReportSource } from "./report-model";
import { describeProposals, summarise } from "./summary";

const link = (s: ReportSource, l: PageWords) =>
  `[${escapeMarkdown(s.title || s.url)}](<${s.url.replace(/[<>\s]/g, encodeURIComponent)}>)` +
  (s.capture
    ? ` (${l.report("capturedFiles", {
        date: l.dateTime(s.capture.capturedAt),
        files: s.capture.files
          .map((f) => `${escapeMarkdown(l.fileLabel(f.label))} <${f.url}>, SHA-256 \`${f.sha256}\``)
          .join("; "),
      })})`
    : "");

/**
 * The verification report as Markdown: a heading per claim, verdicts in words, sources as links,
 * in the reader's language (report-language.ts).
 */
export function renderMarkdownReport(report: Report, l: PageWords = pageWords()): string {
  const lines: string[] = [];
  const document = `<${report.document.url}>`;
  lines.push(`# ${l.report("title", { title: escapeMarkdown(report.document.title) })}`, "");
  lines.push(
    `${report.document.revision ? l.report("documentRevisionLine", { url: document, revision: report.document.revision }) : l.report("documentLine", { url: document })}  `,
  );
  lines.push(`${l.report("generated", { date: l.dateTime(report.generatedAt) })}  `);
  lines.push(
    l.report("contributors", { names: l.list(report.contributors.map(escapeMarkdown)) || l.report("noneYet") }),
    "",
  );
  lines.push(
    `## ${l.report("summary")}`,
    "",
    `| ${l.report("columnVerdict")} | ${l.report("columnClaims")} |`,
    "|---|---|",
  );
  for (const row of summarise(report.claims, l)) lines.push(`| ${row.label} | ${row.count} |`);
  lines.push("");
  if (report.claims.length === 0) lines.push(l.report("noClaims"), "");
  report.claims.forEach((claim, index) => {
    lines.push(`## ${l.report("claimNumber", { number: index + 1 })}`, "");
    lines.push(`> ${escapeMarkdown(claim.exact)}`, "");
    lines.push(
      l.report("context", {
        context: `…${escapeMarkdown(claim.prefix)}**${escapeMarkdown(claim.exact)}**${escapeMarkdown(claim.suffix)}…`,
      }),
      "",
    );
    if (claim.finalVerdict) {
      lines.push(`**${l.report("finalVerdict", { verdict: l.verdict(claim.finalVerdict) })}**`, "");
      if (claim.sourceChanged) lines.push(`*${l.report("sourceChanged")}.*`, "");
      if (claim.finalSummary) lines.push(escapeMarkdown(claim.finalSummary), "");
      lines.push(
        l.report("reviewedOn", {
          name: escapeMarkdown(claim.reviewerName ?? l.report("unknownPerson")),
          date: claim.reviewedAt ? l.date(claim.reviewedAt) : l.report("unknownDate"),
        }),
        "",
      );
    } else {
      lines.push(
        l.report("notReviewedMarkdown", {
          status: l.status(claim.status),
          proposals: describeProposals(claim.proposedVerdicts, l),
        }),
        "",
      );
    }
    lines.push(
      l.report("flaggedOn", {
        name: escapeMarkdown(claim.flaggedBy),
        date: l.date(claim.flaggedAt),
        url: `<${claim.permalink}>`,
      }),
      "",
    );
    if (claim.sources.length) {
      lines.push(l.report("sourcesLabel"), "");
      for (const source of claim.sources) lines.push(`- ${link(source, l)}`);
      lines.push("");
    } else {
      lines.push(l.report("sourcesNone"), "");
    }
    if (claim.sameClaimAs.length) {
      lines.push(l.report("sameClaimAsLabel"), "");
      for (const same of claim.sameClaimAs)
        lines.push(
          `- [${escapeMarkdown(same.text)}](<${same.url}>)${same.verdict ? ` (${escapeMarkdown(same.verdict)})` : ""}${same.context ? `, ${escapeMarkdown(same.context)}` : ""}`,
        );
      lines.push("");
    }
    if (report.options.includeNotes && claim.notes.length) {
      lines.push(`### ${l.report("notesHeading")}`, "");
      for (const note of claim.notes) {
        lines.push(
          `#### ${escapeMarkdown(note.authorName)}: ${l.verdict(note.verdict)} (${l.date(note.createdAt)})`,
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
