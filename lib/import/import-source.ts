import type { ScoredRow } from "../checkworthiness/score-rows";
import { plainTextOfDoc, type TiptapDoc } from "../document/blocks";
import { FetchRefused, guardedFetch, DEFAULT_FETCH_OPTIONS } from "../net/guarded-fetch";
import { docxToDoc } from "./from-docx";
import { htmlPageToDoc } from "./from-html";
import { markdownToDoc } from "./from-markdown";
import { pdfToDoc } from "./from-pdf";
import { textToDoc } from "./from-text";
import { decodeText } from "./decode-text";
import { ImportError } from "./import-error";
import { checkHtmlDepth, checkTextLength } from "./input-limits";
import type { DocumentMetadata } from "./metadata";

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const SUPPORTED_FILE_TYPES = [".txt", ".md", ".html", ".docx", ".pdf"] as const;

export type ImportInput =
  | { kind: "paste"; format: "text" | "markdown"; text: string }
  | { kind: "file"; fileName: string; bytes: Uint8Array }
  | { kind: "url"; url: string };

export interface ImportedDocument {
  doc: TiptapDoc;
  /** The coordinate system: textblocks joined by "\n". */
  plainText: string;
  metadata: DocumentMetadata;
  /** paste-text, paste-markdown, file-txt, …, url (DocumentRevision.sourceKind) */
  sourceKind: string;
  sourceName: string | null;
  /** Something the person should know about how the text was taken (shown after import). */
  note: string | null;
  /**
   * Its sentences already scored (server/import/import-child.ts scores them beside the
   * conversion, off the web server's event loop); absent when the text was read in process.
   */
  sentenceScores?: ScoredRow[];
}

export interface ImportEnvironment {
  allowPrivateHosts: boolean;
}

/** Control characters other than tab and newline never reach the stored text. */
const cleanText = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");

/** Text within the import's limits (input-limits.ts), cleaned. */
function limitedText(text: string, field: string): string {
  checkTextLength(text, field);
  return cleanText(text);
}

/** A page's HTML within the import's limits, cleaned. */
function limitedHtml(html: string, field: string): string {
  checkHtmlDepth(html, field);
  return cleanText(html);
}

function extensionOf(fileName: string): string {
  const match = /\.[A-Za-z0-9]+$/.exec(fileName.trim());
  const ext = match ? match[0].toLowerCase() : "";
  return ext === ".markdown" ? ".md" : ext === ".htm" ? ".html" : ext;
}

async function convertFile(
  fileName: string,
  bytes: Uint8Array,
): Promise<{ doc: TiptapDoc; metadata: DocumentMetadata; note?: string; ext: string }> {
  const ext = extensionOf(fileName);
  switch (ext) {
    case ".txt":
      return { doc: textToDoc(limitedText(decodeText(bytes), "file")), metadata: {}, ext };
    case ".md":
      return { doc: markdownToDoc(limitedText(decodeText(bytes), "file")), metadata: {}, ext };
    case ".html":
      return { ...htmlPageToDoc(limitedHtml(decodeText(bytes, { html: true }), "file")), ext };
    case ".docx":
      return { ...(await docxToDoc(bytes)), ext };
    case ".pdf":
      return { ...(await pdfToDoc(bytes)), ext };
    default:
      throw new ImportError(
        415,
        `Claimmark cannot import ${ext || "files without an extension"}. Supported types: ${SUPPORTED_FILE_TYPES.join(", ")}.`,
        "file",
      );
  }
}

async function convertUrl(raw: string, env: ImportEnvironment) {
  let page;
  try {
    page = await guardedFetch(raw.trim(), { ...DEFAULT_FETCH_OPTIONS, allowPrivateHosts: env.allowPrivateHosts });
  } catch (error) {
    if (error instanceof FetchRefused) throw new ImportError(error.status, error.message, "url");
    throw error;
  }
  const type = (page.contentType.split(";")[0] ?? "").trim().toLowerCase();
  if (type === "application/pdf") return { ...(await pdfToDoc(page.body)), metadata: { originalUrl: page.url } };
  if (type === "text/plain")
    return {
      doc: textToDoc(limitedText(decodeText(page.body, { contentType: page.contentType }), "url")),
      metadata: { originalUrl: page.url },
    };
  if (type === "text/markdown")
    return {
      doc: markdownToDoc(limitedText(decodeText(page.body, { contentType: page.contentType }), "url")),
      metadata: { originalUrl: page.url },
    };
  if (type === "text/html" || type === "application/xhtml+xml" || type === "")
    return htmlPageToDoc(
      limitedHtml(decodeText(page.body, { contentType: page.contentType, html: true }), "url"),
      page.url,
    );
  throw new ImportError(
    415,
    `The address answered with ${type}, which Claimmark cannot import. Supported: web pages, PDF, plain text.`,
    "url",
  );
}

/**
 * Any way in (pasted text or Markdown, an uploaded file, a web address) to the reader's
 * document, its plain text and what could be learned about it. Errors are ImportError.
 */
export async function importSource(input: ImportInput, env: ImportEnvironment): Promise<ImportedDocument> {
  let converted: { doc: TiptapDoc; metadata: DocumentMetadata; note?: string };
  let sourceKind: string;
  let sourceName: string | null = null;
  let field: string;
  if (input.kind === "paste") {
    field = "text";
    const text = limitedText(input.text, "text");
    converted = { doc: input.format === "markdown" ? markdownToDoc(text) : textToDoc(text), metadata: {} };
    sourceKind = `paste-${input.format}`;
  } else if (input.kind === "file") {
    field = "file";
    if (input.bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportError(413, "The file is larger than 20 MB.", "file");
    const file = await convertFile(input.fileName, input.bytes);
    converted = file;
    sourceKind = `file-${file.ext.slice(1)}`;
    sourceName = input.fileName.slice(0, 300);
  } else {
    field = "url";
    converted = await convertUrl(input.url, env);
    sourceKind = "url";
    sourceName = input.url.trim();
  }
  const plainText = plainTextOfDoc(converted.doc);
  if (!plainText.trim())
    throw new ImportError(422, "There is no text in it to fact-check: the document is empty after import.", field);
  return {
    doc: converted.doc,
    plainText,
    metadata: converted.metadata,
    sourceKind,
    sourceName,
    note: converted.note ?? null,
  };
}
