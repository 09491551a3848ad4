import { getDocumentProxy } from "unpdf";
import type { TiptapBlock, TiptapDoc } from "../document/blocks";
import { ImportError } from "./import-error";
import { checkPdfPages } from "./input-limits";
import { firstValue, isoDay, type DocumentMetadata } from "./metadata";
import { actualTextsByPage } from "./pdf-actual-text";
import { paragraphsOf, type PdfPage, type PdfParagraph } from "./pdf-layout";
import { withActualText, type PdfTextEvent } from "./pdf-spans";

/**
 * A PDF's text layer names the shapes it drew: Arabic letters in their joined presentation
 * forms (ﻣ ﻴ ﻨ), Kangxi radicals for common ideographs (⼝ for 口), ligatures (ﬁ). Those are read
 * as the letters they stand for (NFKC, on those blocks only: the rest of the text stays as written).
 */
const readableForms = (text: string) =>
  text.replace(/[\uFB00-\uFDFF\uFE70-\uFEFF\u2F00-\u2FDF\uF900-\uFAFF]+/g, (run) => run.normalize("NFKC"));

/** Font sizes clearly above the body's become headings: the largest level 1, then 2, then 3. */
function blocksOf(paragraphs: readonly PdfParagraph[]): TiptapBlock[] {
  const weight = new Map<number, number>();
  for (const p of paragraphs) {
    const size = Math.round(p.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + p.text.length);
  }
  const body = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
  const headingSizes = [...weight.keys()].filter((size) => size >= body * 1.15).sort((a, b) => b - a);
  return paragraphs.map((p): TiptapBlock => {
    const size = Math.round(p.fontSize * 2) / 2;
    const rank = headingSizes.indexOf(size);
    const content = [{ type: "text" as const, text: p.text }];
    if (rank >= 0 && p.text.length <= 200) return { type: "heading", attrs: { level: Math.min(3, rank + 1) }, content };
    return { type: "paragraph", content };
  });
}

export async function pdfToDoc(bytes: Uint8Array): Promise<{ doc: TiptapDoc; metadata: DocumentMetadata }> {
  // Read before PDF.js takes the bytes: what each span of glyphs stands for (Devanagari, Thai,
  // Arabic clusters printed by Chromium), which PDF.js does not report.
  const actualTexts = await actualTextsByPage(bytes);
  let pdf;
  try {
    // A copy: PDF.js takes ownership of (detaches) the buffer it is given.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, stopAtErrors: false });
  } catch (error) {
    throw new ImportError(
      422,
      `Could not read this file: it is not a valid PDF (${(error as Error).message}).`,
      "file",
    );
  }
  checkPdfPages(pdf.numPages, "file");
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent({ includeMarkedContent: true });
      const events: PdfTextEvent[] = [];
      for (const item of content.items) {
        if (!("str" in item)) {
          if (item.type === "endMarkedContent") events.push({ kind: "end" });
          // PDF.js reports the marked content's tag, which its type declarations leave out.
          else events.push({ kind: "begin", span: (item as { tag?: string | null }).tag === "Span" });
          continue;
        }
        const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform as number[];
        events.push({
          kind: "text",
          item: {
            str: readableForms(item.str),
            x,
            y,
            width: item.width,
            fontSize: Math.abs(d) || Math.hypot(a, b) || item.height,
            rtl: item.dir === "rtl",
          },
        });
      }
      pages.push({ width: viewport.width, items: withActualText(events, actualTexts?.[number - 1] ?? null) });
      page.cleanup();
    }
    const paragraphs = paragraphsOf(pages);
    if (!paragraphs.length) {
      throw new ImportError(
        422,
        "This PDF has no text layer (it looks like a scan). Run it through OCR first, or paste its text.",
        "file",
      );
    }
    const info = ((await pdf.getMetadata().catch(() => null))?.info ?? {}) as Record<string, unknown>;
    const str = (value: unknown) => (typeof value === "string" ? value : undefined);
    return {
      doc: { type: "doc", content: blocksOf(paragraphs) },
      metadata: {
        title: firstValue(str(info.Title)),
        author: firstValue(str(info.Author)),
        publishedOn: isoDay(str(info.CreationDate)),
      },
    };
  } finally {
    await pdf.destroy();
  }
}
