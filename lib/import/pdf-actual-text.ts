import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFPage } from "pdf-lib";

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
    spans.push(found ? textString(found[1] !== undefined ? hexBytes(found[1]) : literalBytes(found[2]!)) : null);
  }
  return spans;
}

const hexBytes = (hex: string) =>
  Buffer.from(hex.replace(/\s+/g, "").padEnd(2 * Math.ceil(hex.replace(/\s+/g, "").length / 2), "0"), "hex");

/** A literal string's bytes, its escapes (\n, \(, \\, \ddd) read. */
function literalBytes(literal: string): Buffer {
  const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  const out: number[] = [];
  for (let i = 0; i < literal.length; i++) {
    const char = literal[i]!;
    if (char !== "\\") {
      out.push(char.charCodeAt(0) & 0xff);
      continue;
    }
    const next = literal[++i] ?? "";
    const octal = /^[0-7]{1,3}/.exec(literal.slice(i))?.[0];
    if (octal) {
      out.push(parseInt(octal, 8) & 0xff);
      i += octal.length - 1;
    } else if (next in escapes) out.push(escapes[next]!);
    else if (next !== "\n") out.push(next.charCodeAt(0) & 0xff);
  }
  return Buffer.from(out);
}

/** A PDF text string: UTF-16BE after its byte-order mark, else (near enough) Latin-1. */
function textString(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const units = bytes.subarray(2);
    const swapped = Buffer.alloc(units.length - (units.length % 2));
    for (let i = 0; i + 1 < units.length; i += 2) {
      swapped[i] = units[i + 1]!;
      swapped[i + 1] = units[i]!;
    }
    return swapped.toString("utf16le");
  }
  return bytes.toString("latin1");
}
