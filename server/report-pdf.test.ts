import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleReport } from "@/lib/report/fixtures/sample-report";
import { renderHtmlReport } from "@/lib/report/render-html";
import type { Report } from "@/lib/report/report-model";

/** Ten reviewed claims, each with a three-line public summary and two sources, one of them captured. */
function tenClaimReport(): Report {
  const base = sampleReport({ includeNotes: false });
  const [reviewed] = base.claims;
  return {
    ...base,
    claims: Array.from({ length: 10 }, (_, i) => ({
      ...reviewed!,
      id: `c${i + 1}`,
      permalink: `${base.document.url}#claim-0f8c2a7e-${String(i).padStart(4, "0")}-4a1b-9c3d-2e5f6a7b8c9d`,
      exact: `${reviewed!.exact} (${i + 1})`,
      sameClaimAs: [],
      finalSummary:
        "No NIST rule requires it. The AI Risk Management Framework is voluntary guidance, and federal procurement follows OMB memoranda, which ask agencies for documentation of models but not for their parameters.",
    })),
  };
}

describe("the printed report", () => {
  let pages: string[];
  beforeAll(async () => {
    process.env.NEXTAUTH_SECRET ??= "a-test-secret-long-enough";
    const { htmlToPdf } = await import("./pdf");
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "claimmark-report-")), "report.pdf");
    writeFileSync(file, await htmlToPdf(renderHtmlReport(tenClaimReport()), `ten-claims-${Date.now()}`, "test"));
    pages = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], { encoding: "utf8" })
      .split("\f")
      .filter((page) => page.trim());
  }, 90_000);

  it("fits a cover and ten claims in about three pages, the appendix of files after them", () => {
    const appendixPage = pages.findIndex((page) => page.includes("Appendix: captured evidence"));
    expect(appendixPage).toBeGreaterThan(0);
    expect(appendixPage).toBeLessThanOrEqual(3);
    expect(pages[0]).toContain("Summary");
    expect(pages[0]).toMatch(/Not yet reviewed\s+0/);
    expect(pages.slice(0, appendixPage).join("")).toContain("(10)");
  });

  it("never ends a page on a claim's heading", () => {
    for (const page of pages.slice(0, -1)) {
      const lines = page
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean);
      expect(lines.at(-1)).not.toMatch(/^Claim \d+\b/);
    }
  });

  it("prints no address with an id and no hash among the claims; sources' addresses are in their footnotes", () => {
    const appendixPage = pages.findIndex((page) => page.includes("Appendix: captured evidence"));
    const claims = pages.slice(0, appendixPage).join("\n");
    expect(claims).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(claims).not.toMatch(/[0-9a-f]{64}/);
    expect(claims).not.toContain("Open in the reader");
    expect(claims).toContain("https://www.nist.gov/itl/ai-risk-management-framework");
    // Each hash on one line, to be copied whole.
    expect(pages.slice(appendixPage).join("")).toContain("ab".repeat(32));
  });
});
