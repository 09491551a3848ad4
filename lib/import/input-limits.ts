import type JSZip from "jszip";
import { ImportError } from "./import-error";

/**
 * What one import may ask of the server, checked before the work it would cost: a crafted file
 * that is small on the wire (4,000 nested <div>s, a 20,000-page PDF, a DOCX that unpacks to
 * 80 MB, megabytes of text) is refused with the limit it hit, not read for minutes.
 */
export const IMPORT_LIMITS = {
  /** Characters of text (pasted, or in a text or Markdown file). */
  textCharacters: 2_000_000,
  /** How deep an HTML page's elements may nest. */
  htmlDepth: 400,
  pdfPages: 2_000,
  /** Bytes a DOCX (a zip) may unpack to. */
  docxUnpackedBytes: 50 * 1024 * 1024,
} as const;

const number = (n: number) => n.toLocaleString("en-US");

export function checkTextLength(text: string, field: string): void {
  if (text.length > IMPORT_LIMITS.textCharacters)
    throw new ImportError(
      413,
      `This text has ${number(text.length)} characters; the limit is ${number(IMPORT_LIMITS.textCharacters)}.`,
      field,
    );
}

/**
 * The deepest element nesting of an HTML page, read without parsing it (tags only; void
 * elements and self-closing tags do not nest), stopping as soon as it passes the limit.
 */
export function checkHtmlDepth(html: string, field: string): void {
  const VOID = /^(area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/i;
  let depth = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (VOID.test(name!) || selfClosing) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else if (++depth > IMPORT_LIMITS.htmlDepth)
      throw new ImportError(
        413,
        `This page nests its elements more than ${number(IMPORT_LIMITS.htmlDepth)} deep; no article does. It was not imported.`,
        field,
      );
  }
}

export function checkPdfPages(pages: number, field: string): void {
  if (pages > IMPORT_LIMITS.pdfPages)
    throw new ImportError(
      413,
      `This PDF has ${number(pages)} pages; the limit is ${number(IMPORT_LIMITS.pdfPages)}.`,
      field,
    );
}

/** A DOCX's unpacked size from its zip directory (what each entry says it unpacks to), before unpacking any. */
export function checkDocxUnpackedSize(zip: JSZip, field: string): void {
  let total = 0;
  zip.forEach((_path, entry) => {
    total += (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  });
  if (total > IMPORT_LIMITS.docxUnpackedBytes)
    throw new ImportError(
      413,
      `This Word file unpacks to ${Math.round(total / 1048576)} MB; the limit is ${IMPORT_LIMITS.docxUnpackedBytes / 1048576} MB.`,
      field,
    );
}
