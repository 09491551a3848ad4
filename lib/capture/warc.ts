import { WARCRecord, WARCSerializer } from "warcio";

/** One capture as WARC records: the page's HTTP response, and its screenshot, PDF and MHTML as resources. */
export interface WarcCapture {
  url: string;
  capturedAt: Date;
  httpStatus: number;
  headers: Record<string, string>;
  html: Uint8Array | null;
  files: { name: string; contentType: string; body: Uint8Array }[];
}

const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  201: "Created",
  203: "Non-Authoritative Information",
  204: "No Content",
  404: "Not Found",
  410: "Gone",
  500: "Internal Server Error",
};

async function* bytes(body: Uint8Array) {
  yield body;
}

const gzipped = (record: WARCRecord) => WARCSerializer.serialize(record, { gzip: true });

/**
 * A gzipped WARC 1.1 file of captures (warcio, the Webrecorder library), record by record: a
 * warcinfo record, then per capture a `response` record for the page (its status line, headers
 * and body) and a `resource` record per file, each with the capture's URI and date. Every record
 * is gzipped on its own, as WARC readers expect, and captures are taken one at a time, so a
 * large export streams instead of sitting in memory.
 */
export async function* warcRecords(
  captures: AsyncIterable<WarcCapture> | Iterable<WarcCapture>,
  info: { software: string; description: string },
): AsyncGenerator<Uint8Array> {
  const infoText = new TextEncoder().encode(
    `software: ${info.software}\r\nformat: WARC File Format 1.1\r\ndescription: ${info.description}\r\n`,
  );
  yield await gzipped(
    await WARCRecord.create(
      {
        type: "warcinfo",
        warcVersion: "WARC/1.1",
        filename: "evidence.warc.gz",
        warcHeaders: { "Content-Type": "application/warc-fields" },
      },
      bytes(infoText),
    ),
  );
  for await (const capture of captures) {
    const date = capture.capturedAt.toISOString();
    if (capture.html) {
      // The body is stored decoded, so length and encoding headers from the wire no longer apply.
      const headers = Object.fromEntries(
        Object.entries(capture.headers).filter(
          ([name]) => !/^(content-length|content-encoding|transfer-encoding)$/i.test(name),
        ),
      );
      yield await gzipped(
        await WARCRecord.create(
          {
            url: capture.url,
            date,
            type: "response",
            warcVersion: "WARC/1.1",
            statusline: `HTTP/1.1 ${capture.httpStatus} ${STATUS_TEXT[capture.httpStatus] ?? ""}`.trim(),
            httpHeaders: headers,
          },
          bytes(capture.html),
        ),
      );
    }
    for (const file of capture.files) {
      yield await gzipped(
        await WARCRecord.create(
          {
            url: `urn:claimmark:capture:${file.name}:${capture.url}`,
            date,
            type: "resource",
            warcVersion: "WARC/1.1",
            warcHeaders: { "Content-Type": file.contentType, "WARC-Refers-To-Target-URI": capture.url },
          },
          bytes(file.body),
        ),
      );
    }
  }
}

/** The whole file at once (small exports, tests). */
export async function buildWarc(
  captures: readonly WarcCapture[],
  info: { software: string; description: string },
): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const part of warcRecords(captures, info)) parts.push(part);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
