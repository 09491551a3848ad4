import { describe, expect, it } from "vitest";
import { sampleReport } from "./fixtures/sample-report";
import { renderHtmlReport } from "./render-html";
import { renderMarkdownReport } from "./render-markdown-report";
import { pageWords } from "../i18n/page-words";

// A report's words follow the reader's language; what people wrote (the quote, names, titles)
// and the evidence (links, hashes) stay exactly as they were.

describe("a report in Spanish", () => {
  const spanish = pageWords("es");
  const html = renderHtmlReport(sampleReport({ includeNotes: true }), spanish);
  const markdown = renderMarkdownReport(sampleReport({ includeNotes: true }), spanish);

  it("has Spanish headings, verdicts, statuses and dates", () => {
    expect(html).toContain('<html lang="es" dir="ltr">');
    expect(html).toContain("Informe de verificación");
    expect(html).toContain("Veredicto final: Falso");
    expect(html).toContain("Aún sin revisar");
    expect(html).toContain("Marcada por Ana Lima");
    expect(html).toContain("Afirmaciones por veredicto final");
    expect(html).toContain("Captura de pantalla");
    expect(html).toMatch(/Capturada el 29 nov 2026\./);
    expect(markdown).toContain("## Afirmación 1");
    expect(markdown).toContain("**Veredicto final: Falso**");
    expect(markdown).toContain("| Veredicto final | Afirmaciones |");
  });

  it("keeps what people wrote and the evidence as written", () => {
    expect(html).toContain(
      "NIST in the United States requires government procurement projects to disclose model parameters",
    );
    expect(html).toContain("李飞飞团队以十分之一的成本复现了闭源模型的性能");
    expect(html).toContain("ab".repeat(32));
    expect(html).not.toMatch(/Final verdict|Not yet reviewed|Flagged by|Verification notes/);
    expect(markdown).not.toMatch(/Final verdict|Not yet reviewed|Flagged by|Sources:/);
  });
});

describe("a report in Arabic", () => {
  it("reads right to left, in Arabic words", () => {
    const html = renderHtmlReport(sampleReport(), pageWords("ar"));
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("الحكم النهائي: خاطئ");
    expect(html).toContain('<h1 dir="auto">The Debate between Open Source and Closed Source</h1>');
  });
});

it("stays English, word for word, when no language is given", () => {
  expect(renderHtmlReport(sampleReport())).toBe(renderHtmlReport(sampleReport(), pageWords("en")));
  expect(renderHtmlReport(sampleReport())).toContain('<html lang="en" dir="ltr">');
  expect(renderMarkdownReport(sampleReport())).toContain("**Final verdict: False**");
});
