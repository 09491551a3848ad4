import {
  decodePDFRawStream,
  PDFArray,
  PDFDocument,
  PDFHexString,
  PDFRawStream,
  PDFString,
  type PDFPage,
} from "pdf-lib";

/**
 * What a PDF says its drawn glyphs stand for, where a glyph alone cannot say it: the ActualText
 * of each marked-content span (`/Span <</ActualText (…)>> BDC … EMC`), page by page, in drawing
 * order (null for a span without one). Chromium prints Devanagari conjuncts, Thai vowel marks and
 * Arabic's joined forms as glyphs with no character of their own and wraps each cluster in such a
 * span; PDF.js reads the glyphs (as U+0000) but not the span's text, poppler reads the span's.
 * Null for a file or a page pdf-lib cannot read.
 */
export async function actualTextsByPage(bytes: Uint8Array): Promise<((string | null)[] | null)[] | null> {
  try {
    const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    return pdf.getPages().map((page) => {
      try {
        return spansOf(contentOf(page));
      } catch {
        return null; // an unreadable page is read as PDF.js reads it
      }
    });
  } catch {
    return null; // PDF.js says what is wrong with a file pdf-lib cannot open
  }
}

/** A page's content streams, decoded and joined in order (`/Contents` is one stream or an array). */
function contentOf(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams
    .map((stream) =>
      stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1") : "",
    )
    .join("\n");
}

// `/Span <<…>> BDC` or `/Span /MC0 BDC` (properties named in the page's resources: no ActualText read).
const SPAN = /\/Span\s*(<<(?:[^<>]|<[^<>]*>)*>>|\/[^\s/<>[\]()]+)?\s*BDC/g;
const ACTUAL_TEXT = /\/ActualText\s*(?:<([0-9A-Fa-f\s]*)>|\(((?:\\.|[^\\)])*)\))/;

/** The ActualText of each `/Span … BDC` in a content stream, in order. */
export function spansOf(content: string): (string | null)[] {
  const spans: (string | null)[] = [];
  for (const match of content.matchAll(SPAN)) {
    const found = match[1]?.startsWith("<<") ? ACTUAL_TEXT.exec(match[1]) : null;
    // pdf-lib reads the string as a PDF text string: escapes, UTF-16BE after a byte-order mark, PDFDocEncoding.
    const text = !found
      ? null
      : found[1] !== undefined
        ? PDFHexString.of(found[1].replace(/\s+/g, "")).decodeText()
        : PDFString.of(found[2]!).decodeText();
    spans.push(text);
  }
  return spans;
}
