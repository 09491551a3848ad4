import { execFileSync } from "node:child_process";
import { DEFAULT_RATING_SCALE } from "../publishing/desk-settings";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { annotationContainer, annotationPage } from "../w3c/annotation-container";
import { sampleReport } from "./fixtures/sample-report";
import { renderClaimReview } from "./render-claimreview";
import { CSV_COLUMNS, renderCsv } from "./render-csv";
import { renderHtmlReport } from "./render-html";
import { escapeMarkdown } from "./escape";
import { renderMarkdownReport } from "./render-markdown-report";
import { renderW3cCollection } from "../w3c/render-w3c";
import { filterClaims, parseReportQuery } from "./report-options";

const root = path.resolve(__dirname, "..", "..");
const validator = path.join(__dirname, "fixtures", "w3c-annotation-model", "validate.mjs");

/** Runs the W3C test-suite validator (copied from the annotation-model suite) on a JSON value. */
function validateW3c(value: unknown): { code: number; output: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "w3c-")), "annotations.json");
  fs.writeFileSync(file, JSON.stringify(value));
  try {
    return { code: 0, output: execFileSync(process.execPath, [validator, file], { cwd: root, encoding: "utf8" }) };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { code: e.status, output: e.stdout };
  }
}

describe("CSV", () => {
  it("parses back to exactly the claims' values, one row per claim", () => {
    const report = sampleReport();
    const rows: string[][] = parse(renderCsv(report), { bom: true });
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(report.claims.length + 1);
    const byColumn = (row: string[], column: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(column)];
    expect(byColumn(rows[1]!, "quote")).toBe(report.claims[0]!.exact);
    expect(byColumn(rows[1]!, "final_summary")).toBe(report.claims[0]!.finalSummary);
    expect(byColumn(rows[1]!, "final_verdict")).toBe("False");
    expect(byColumn(rows[1]!, "sources")).toBe(
      "https://www.nist.gov/itl/ai-risk-management-framework | https://example.org/a,b?c=1&d=2",
    );
    expect(byColumn(rows[2]!, "quote")).toBe("李飞飞团队以十分之一的成本复现了闭源模型的性能");
    expect(byColumn(rows[2]!, "context_after")).toBe("\n+1 line");
    expect(byColumn(rows[2]!, "proposed_verdicts")).toBe("Misleading: 1 | Unverifiable: 1");
  });

  it("escapes cells a spreadsheet would run as formulas", () => {
    const rows: string[][] = parse(renderCsv(sampleReport()), { bom: true });
    const before = rows[2]![CSV_COLUMNS.indexOf("context_before")]!;
    expect(before.startsWith("=")).toBe(false);
    expect(before).toBe("'=SUM(A1:A2)\n");
  });
});

describe("Markdown", () => {
  const md = renderMarkdownReport(sampleReport());
  it("has a heading per claim, verdicts in words and sources as links", () => {
    expect(md.match(/^## Claim \d+$/gm)).toHaveLength(3);
    expect(md).toContain("**Final verdict: False**");
    expect(md).toContain("**Final verdict: Unverifiable**");
    expect(md).toContain("**Not yet reviewed** (In review). Proposed verdicts: Misleading ×1, Unverifiable ×1.");
    expect(md).toContain('- [NIST AI RMF, "1.0"](<https://www.nist.gov/itl/ai-risk-management-framework>)');
    expect(md).toContain("Sources: none cited.");
  });
  it("lists the fact-checks linked as the same claim, their text kept literal", () => {
    expect(md).toContain("Same claim as:");
    expect(md).toContain(
      "- [\\<b\\>NIST\\</b\\> requires model disclosure](<https://factcheck.example/nist>) (False), Example Check",
    );
  });
  it("shows user text literally: no stray emphasis or headings from quotes", () => {
    expect(md).toContain("…\\=SUM(A1:A2) **李飞飞");
    expect(md).not.toMatch(/^# .*SUM/m);
    expect(escapeMarkdown("# not a heading *nor emphasis*")).toBe("\\# not a heading \\*nor emphasis\\*");
    expect(escapeMarkdown("1. not a list")).toBe("1\\. not a list");
    expect(escapeMarkdown("GPL-3.0 stays readable")).toBe("GPL-3.0 stays readable");
  });
  it("copies no raw HTML from notes: a viewer that renders HTML in Markdown meets text, not a script", () => {
    const withNotes = renderMarkdownReport({
      ...sampleReport(),
      options: { ...sampleReport().options, includeNotes: true },
    });
    expect(withNotes).toContain("The AI RMF is **voluntary**.");
    expect(withNotes).not.toContain("<script>");
    // Rendered the way GitHub-style viewers do, with HTML passed through.
    const html = new MarkdownIt({ html: true }).render(withNotes);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});

describe("HTML", () => {
  const html = renderHtmlReport(sampleReport());
  it("escapes and sanitises user text", () => {
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("<strong>voluntary</strong>");
    expect(html).toContain("&quot;voluntary&quot;");
  });
  it("summarises with an accessible chart that has the numbers as text", () => {
    expect(html).toContain('<svg role="img" aria-labelledby="chart-title chart-desc"');
    expect(html).toContain("False: 1, Unverifiable: 1, Not yet reviewed: 1");
  });
  it("gives each captured file its own link and its own SHA-256 in the appendix, so hashing the download gives the printed value", () => {
    const appendix = html.slice(html.indexOf('<section class="report-appendix"'));
    expect(appendix).toContain("Appendix: captured evidence");
    expect(appendix).toContain(
      `<tr><td>1</td><td><a href="https://claimmark.example/api/captures/cap1/screenshot.png">Screenshot</a><br>29 Nov 2026, 16:40 UTC</td><td><code>${"ab".repeat(32)}</code></td></tr>`,
    );
    expect(appendix).toContain(
      `<a href="https://claimmark.example/api/captures/cap1/page.mhtml">Page archive (MHTML)</a><br>29 Nov 2026, 16:40 UTC</td><td><code>${"cd".repeat(32)}</code>`,
    );
    // No hash between the sentences of a claim.
    expect(html.slice(0, html.indexOf('<section class="report-appendix"'))).not.toMatch(/[0-9a-f]{64}/);
    expect(renderMarkdownReport(sampleReport())).toContain(
      `(captured 29 Nov 2026, 16:40 UTC: Screenshot <https://claimmark.example/api/captures/cap1/screenshot.png>, SHA-256 \`${"ab".repeat(32)}\`; Page archive (MHTML) <https://claimmark.example/api/captures/cap1/page.mhtml>, SHA-256 \`${"cd".repeat(32)}\`)`,
    );
  });

  it("opens on a cover: the document's title, the desk, the report's date and the verdict chart", () => {
    const cover = html.slice(html.indexOf('<header class="report-cover">'), html.indexOf("</header>"));
    expect(cover).toContain('<h1 dir="auto">The Debate between Open Source and Closed Source</h1>');
    expect(cover).toContain("Verification report · Claimmark Fact Desk");
    expect(cover).toContain("29 Nov 2026, 12:00 UTC");
    expect(cover).toContain("Claimmark Fact Desk: Ana Lima, Ben Okafor, 李飞");
    expect(cover).toContain('<svg role="img"');
  });

  it("heads each claim with its verdict chip, and numbers its sources as footnotes counted through the report", () => {
    expect(html).toMatch(
      /<h3 id="claim-1-heading"><span class="report-claim-number">Claim 1<\/span> <span class="chip"[^>]*>Final verdict: False<\/span>/,
    );
    expect(html).toContain('<span class="chip chip-quiet">Not yet reviewed</span>');
    expect(html).toContain(
      '<sup class="report-ref"><a href="#source-1" aria-label="Source 1">1</a></sup><sup class="report-ref"><a href="#source-2" aria-label="Source 2">2</a></sup>',
    );
    expect(html).toContain(
      '<li id="source-1" value="1"><a href="https://www.nist.gov/itl/ai-risk-management-framework" rel="noopener noreferrer nofollow">NIST AI RMF, &quot;1.0&quot;</a> <span class="report-domain">nist.gov</span>',
    );
    // A source without a title is named by its site, not by a bare address.
    expect(html).toContain(
      '<li id="source-2" value="2"><a href="https://example.org/a,b?c=1&amp;d=2" rel="noopener noreferrer nofollow">example.org</a>',
    );
  });

  it("lets quotes, summaries and the title read in their own direction (an Arabic claim right to left)", () => {
    expect(html).toContain('<blockquote class="report-quote" dir="auto">');
    expect(html).toContain('<p class="report-summary" dir="auto">');
  });

  it("leaves out verification notes unless they are asked for", () => {
    expect(html).toContain("<h4>Verification notes</h4>");
    expect(renderHtmlReport(sampleReport({ includeNotes: false }))).not.toContain("Verification notes");
    expect(renderHtmlReport(sampleReport({ includeNotes: false }))).not.toContain("voluntary</strong>");
  });

  it("lists the fact-checks linked as the same claim, escaped", () => {
    expect(html).toContain('<h4 class="report-links-heading">Same claim as</h4>');
    expect(html).toContain(
      '<a href="https://factcheck.example/nist" rel="noopener noreferrer nofollow">&lt;b&gt;NIST&lt;/b&gt; requires model disclosure</a> (False), Example Check',
    );
  });
  it("says in a claim's heading, and in Markdown, that a source changed since its verdict", () => {
    expect(html).toMatch(
      /<h3 id="claim-1-heading">.*<span class="chip chip-warning">A source changed since the verdict<\/span><\/h3>/,
    );
    expect(html.match(/A source changed since the verdict/g)).toHaveLength(1);
    expect(renderMarkdownReport(sampleReport())).toContain("*A source changed since the verdict.*");
  });
  it("marks unreviewed claims clearly", () => {
    expect(html).toContain('<span class="chip chip-quiet">Not yet reviewed</span>');
    expect(html).toContain("Status: In review. Proposed verdicts: Misleading ×1, Unverifiable ×1.");
  });
  it("keeps the print rules: no navigation or links into the app, sources' addresses in their footnotes, headings kept with what follows", () => {
    expect(html).toContain('.report-footnotes a[href^="http"]::after');
    expect(html).toMatch(/\.report-permalink[^{]*\{ display: none/);
    expect(html).toContain("break-after: avoid");
  });
});

describe("ClaimReview", () => {
  const reviews = renderClaimReview(sampleReport());
  it("has one review per claim with a final verdict", () => {
    expect(reviews.map((r) => r.claimReviewed)).toEqual([
      sampleReport().claims[0]!.exact,
      sampleReport().claims[2]!.exact,
    ]);
  });
  it("carries the final verdict's public summary as the review's text, and no note", () => {
    expect(reviews[0]!.reviewBody).toBe(sampleReport().claims[0]!.finalSummary);
    expect(JSON.stringify(reviews)).not.toContain(sampleReport().claims[0]!.notes[0]!.rationale);
  });
  it("has every property Google requires and recommends", () => {
    for (const review of reviews) {
      expect(review["@context"]).toBe("https://schema.org");
      expect(review["@type"]).toBe("ClaimReview");
      expect(review.url).toMatch(/^https:\/\/claimmark\.example\.org\/documents\/open-vs-closed-source-ai#claim-c\d$/);
      expect(review.claimReviewed.length).toBeGreaterThan(0);
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.author).toEqual({
        "@type": "Organization",
        name: "Claimmark Fact Desk",
        url: "https://claimmark.example.org",
      });
      expect(review.reviewRating["@type"]).toBe("Rating");
      expect(review.reviewRating.alternateName.length).toBeGreaterThan(0);
      expect(review.itemReviewed["@type"]).toBe("Claim");
      expect(review.itemReviewed.appearance[0]!.url).toBe(
        "https://claimmark.example.org/documents/open-vs-closed-source-ai",
      );
      expect(review.itemReviewed.firstAppearance.url).toBe(
        "https://claimmark.example.org/documents/open-vs-closed-source-ai",
      );
    }
  });
  it("rates False as 1 of 1–5, and gives Unverifiable words but no number", () => {
    expect(reviews[0]!.reviewRating).toMatchObject({
      alternateName: "False",
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
    });
    expect(reviews[1]!.reviewRating.alternateName).toBe("Unverifiable");
    expect(reviews[1]!.reviewRating).not.toHaveProperty("ratingValue");
  });

  it("rates on the desk's own scale when it set one, as its public pages do", () => {
    const base = sampleReport();
    const scale = { ...DEFAULT_RATING_SCALE, worst: 0, best: 10, values: { ...DEFAULT_RATING_SCALE.values, FALSE: 0 } };
    const [review] = renderClaimReview({ ...base, publisher: { ...base.publisher, ratingScale: scale } });
    expect(review!.reviewRating).toMatchObject({
      alternateName: "False",
      ratingValue: 0,
      bestRating: 10,
      worstRating: 0,
    });
  });
});

describe("W3C Web Annotation", () => {
  const report = sampleReport();
  const collection = renderW3cCollection(
    report,
    "https://claimmark.example.org/api/documents/open-vs-closed-source-ai/report?format=w3c",
  );

  it("passes the W3C annotation-model test-suite schemas, every annotation", () => {
    const result = validateW3c(collection);
    expect(result.output.trim().split("\n").pop()).toBe("3 passed, 0 failed");
    expect(result.code).toBe(0);
  });

  it("is checked for real: a broken annotation fails the same validator", () => {
    const items = (collection.first as { items: Record<string, unknown>[] }).items;
    const broken = { ...items[0], "@context": "http://example.org/not-anno", target: undefined };
    const result = validateW3c([broken]);
    expect(result.code).toBe(1);
    expect(result.output).toContain("0 passed, 1 failed");
  });

  it("assesses each claim with quote and position selectors and typed bodies", () => {
    const first = (collection.first as { items: Record<string, any>[] }).items[0]!;
    expect(first.motivation).toBe("assessing");
    expect(first.target.selector).toEqual([
      {
        type: "TextQuoteSelector",
        exact: report.claims[0]!.exact,
        prefix: report.claims[0]!.prefix,
        suffix: report.claims[0]!.suffix,
      },
      { type: "TextPositionSelector", start: 1800, end: 1897 },
    ]);
    expect(first.body).toContainEqual({
      type: "TextualBody",
      purpose: "assessing",
      value: "False",
      format: "text/plain",
      language: "en",
    });
    expect(first.body).toContainEqual(expect.objectContaining({ purpose: "commenting", format: "text/markdown" }));
    expect(first.body).toContainEqual({
      type: "SpecificResource",
      purpose: "linking",
      source: "https://example.org/a,b?c=1&d=2",
    });
  });

  it("serves the protocol container and its pages, which also validate", () => {
    const container = annotationContainer(report, "https://claimmark.example.org/api/documents/x/annotations");
    expect(container).toMatchObject({
      type: ["BasicContainer", "AnnotationCollection"],
      total: 3,
      first: expect.stringContaining("?page=0"),
    });
    const page = annotationPage(report, "https://claimmark.example.org/api/documents/x/annotations", 0)!;
    expect(validateW3c(page).code).toBe(0);
    expect(annotationPage(report, "https://claimmark.example.org/api/documents/x/annotations", 1)).toBeNull();
  });
});

describe("report options", () => {
  it("reads options from the query and refuses unknown ones, naming the allowed values", () => {
    expect(parseReportQuery(new URLSearchParams("format=md&reviewed=1&verdicts=FALSE,TRUE"))).toEqual({
      ok: true,
      format: "md",
      options: { reviewedOnly: true, includeNotes: false, verdicts: ["FALSE", "TRUE"] },
      language: null,
    });
    expect(parseReportQuery(new URLSearchParams("format=md&lang=ar"))).toMatchObject({ ok: true, language: "ar" });
    expect(parseReportQuery(new URLSearchParams("format=md&lang=fr"))).toEqual({
      ok: false,
      message: 'Unknown language "fr". Allowed languages: en, es, ar.',
    });
    expect(parseReportQuery(new URLSearchParams("format=docx"))).toEqual({
      ok: false,
      message: 'Unknown format "docx". Allowed formats: html, pdf, md, csv, claimreview, w3c.',
    });
    expect(parseReportQuery(new URLSearchParams("colour=red"))).toMatchObject({
      ok: false,
      message: expect.stringContaining("Allowed options: format, reviewed, notes, verdicts"),
    });
    expect(parseReportQuery(new URLSearchParams("verdicts=MAYBE"))).toMatchObject({
      ok: false,
      message: expect.stringContaining("Allowed verdicts: TRUE"),
    });
    expect(parseReportQuery(new URLSearchParams("reviewed=yes"))).toMatchObject({ ok: false });
  });

  it("filters to reviewed claims and chosen verdicts", () => {
    const claims = sampleReport().claims;
    expect(filterClaims(claims, { reviewedOnly: true, includeNotes: false, verdicts: [] }).map((c) => c.id)).toEqual([
      "c1",
      "c3",
    ]);
    expect(
      filterClaims(claims, { reviewedOnly: false, includeNotes: false, verdicts: ["FALSE"] }).map((c) => c.id),
    ).toEqual(["c1"]);
  });
});

describe("documents with revisions and metadata", () => {
  const base = sampleReport();
  const report = {
    ...base,
    document: {
      ...base.document,
      revision: 3,
      revisionUrl: `${base.document.url}?rev=3`,
      author: "Minister Ortega",
      publisher: "Ministry of Finance",
      publishedOn: "2026-03-02",
      originalUrl: "https://example.org/speech",
    },
  };

  it("names the revision the report covers, for people and in W3C targets", () => {
    expect(renderMarkdownReport(report)).toContain(", revision 3");
    expect(renderHtmlReport(report)).toContain(">Revision 3</a>");
    const collection = renderW3cCollection(report, "https://claimmark.example.org/x") as {
      first: { items: { target: { source: string } }[] };
    };
    const sources = collection.first.items.map((a) => a.target.source);
    expect(new Set(sources)).toEqual(new Set([`${base.document.url}?rev=3`]));
  });

  it("uses the document's author, publisher, date and original address in ClaimReview", () => {
    const [review] = renderClaimReview(report);
    expect(review!.itemReviewed).toMatchObject({
      author: { "@type": "Person", name: "Minister Ortega" },
      datePublished: "2026-03-02",
      firstAppearance: {
        url: "https://example.org/speech",
        datePublished: "2026-03-02",
        publisher: { name: "Ministry of Finance" },
      },
    });
  });
});
