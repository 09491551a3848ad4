import { NextResponse } from "next/server";
import { getDb } from "@/lib/db";
import { getReport } from "@/lib/data/report";
import { renderClaimReview } from "@/lib/report/render-claimreview";
import { renderCsv } from "@/lib/report/render-csv";
import { renderHtmlReport } from "@/lib/report/render-html";
import { renderMarkdownReport } from "@/lib/report/render-markdown-report";
import { renderW3cCollection } from "@/lib/report/render-w3c";
import { parseReportQuery, reportQuery, REPORT_FORMATS, type ReportFormat } from "@/lib/report/report-options";
import { htmlToPdf, PdfUnavailableError } from "@/server/pdf";
import { reportContext } from "@/server/report-context";

const TYPES: Record<ReportFormat, { type: string; extension: string }> = {
  html: { type: "text/html; charset=utf-8", extension: "html" },
  pdf: { type: "application/pdf", extension: "pdf" },
  md: { type: "text/markdown; charset=utf-8", extension: "md" },
  csv: { type: "text/csv; charset=utf-8", extension: "csv" },
  claimreview: { type: "application/ld+json; charset=utf-8", extension: "claimreview.jsonld" },
  w3c: { type: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8', extension: "annotations.jsonld" },
};

/**
 * GET /api/documents/[slug]/report?format=pdf|md|csv|claimreview|w3c|html&reviewed=1&notes=1&verdicts=FALSE,TRUE
 * The verification report in one format, as a download named after the slug and the date.
 */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  const query = parseReportQuery(new URL(request.url).searchParams);
  if (!query.ok) return NextResponse.json({ message: query.message }, { status: 400 });
  if (!query.format) {
    return NextResponse.json({ message: `Choose a format: format=${REPORT_FORMATS.join("|")}.` }, { status: 400 });
  }
  const ctx = reportContext(request.url);
  const report = await getReport(await getDb(), slug, query.options, ctx);
  if (!report) return NextResponse.json({ message: `No document "${slug}".` }, { status: 404 });

  const format = query.format;
  let body: string | Buffer;
  try {
    body = await render(format, report, `${ctx.baseUrl}/api/documents/${slug}/report${reportQuery(query.options, "w3c")}`);
  } catch (error) {
    if (error instanceof PdfUnavailableError) return NextResponse.json({ message: error.message }, { status: 503 });
    throw error;
  }
  const filename = `${slug}-${report.generatedAt.slice(0, 10)}-report.${TYPES[format].extension}`;
  return new Response(new Uint8Array(typeof body === "string" ? Buffer.from(body, "utf8") : body), {
    headers: {
      "Content-Type": TYPES[format].type,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

async function render(format: ReportFormat, report: Parameters<typeof renderMarkdownReport>[0], collectionId: string): Promise<string | Buffer> {
  switch (format) {
    case "html":
      return renderHtmlReport(report);
    case "pdf":
      return htmlToPdf(renderHtmlReport(report));
    case "md":
      return renderMarkdownReport(report);
    case "csv":
      return renderCsv(report);
    case "claimreview":
      // Machine formats are compact: at thousands of claims, indentation costs time and a third of the bytes.
      return JSON.stringify(renderClaimReview(report));
    case "w3c":
      return JSON.stringify(renderW3cCollection(report, collectionId));
  }
}
