import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { declaresMoreThan, tooLarge } from "./read-body";

/** A file part of an upload, on disk: never held in the server's memory. */
export interface UploadedFile {
  /** The name the client gave it (for messages and the document's source); never part of `path`. */
  name: string;
  path: string;
  size: number;
}

/**
 * A multipart form as received: its text fields, and its files streamed to a private folder
 * (mkdtemp: 0700). `discard` removes the folder; the request boundary calls it once the handler
 * has answered, whatever happened.
 */
export class UploadedForm {
  constructor(
    private readonly fields: ReadonlyMap<string, string>,
    private readonly files: ReadonlyMap<string, UploadedFile>,
    private readonly folder: string,
  ) {}

  field(name: string): string | undefined {
    return this.fields.get(name);
  }

  file(name: string): UploadedFile | undefined {
    return this.files.get(name);
  }

  textFields(): [string, string][] {
    return [...this.fields];
  }

  discard(): Promise<void> {
    return rm(this.folder, { recursive: true, force: true });
  }
}

export type UploadRead = { ok: true; form: UploadedForm } | { ok: false; status: 400 | 413; message: string };

/** Text fields and parts one form may carry: an upload form has a file and a title, not thousands of parts. */
const FORM_LIMITS = { fields: 20, fieldSize: 64 * 1024, files: 2, parts: 30 };

class TooLarge extends Error {}
class NotAForm extends Error {}

/**
 * Receives a multipart/form-data body, streaming each file part to disk as it arrives, so a
 * 20 MB upload costs the server a few kilobytes of buffers, not 20 MB (or three copies of it, as
 * reading the whole body and then a FormData did). The whole body is counted against `maxBytes`
 * while it streams: past it the read stops at once and nothing is kept.
 */
export async function receiveUpload(request: Request, maxBytes: number): Promise<UploadRead> {
  const type = request.headers.get("content-type") ?? "";
  if (declaresMoreThan(request, maxBytes)) return tooLarge(maxBytes);
  if (!request.body) return { ok: false, status: 400, message: "The upload is empty." };

  const folder = await mkdtemp(path.join(os.tmpdir(), "claimmark-upload-"));
  const fields = new Map<string, string>();
  const files = new Map<string, UploadedFile>();
  const writes: Promise<void>[] = [];
  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      received += chunk.byteLength;
      done(received > maxBytes ? new TooLarge() : null, chunk);
    },
  });
  try {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: { "content-type": type }, limits: FORM_LIMITS, defParamCharset: "utf8" });
    } catch {
      throw new NotAForm();
    }
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) parser.destroy(new TooLarge());
      else fields.set(name, value);
    });
    parser.on("file", (name, stream, info) => {
      // Named by position, never by the client's file name: nothing the client sends reaches a path.
      const filePath = path.join(folder, String(writes.length));
      let size = 0;
      stream.on("data", (chunk: Buffer) => (size += chunk.byteLength));
      const write = pipeline(stream, createWriteStream(filePath, { mode: 0o600 })).then(() => {
        files.set(name, { name: info.filename ?? "", path: filePath, size });
      });
      // A form cut off mid-file ends this write too; that failure is the form's, answered below.
      write.catch(() => undefined);
      writes.push(write);
    });
    for (const limit of ["partsLimit", "filesLimit", "fieldsLimit"] as const)
      parser.on(limit, () => parser.destroy(new NotAForm()));
    await pipeline(Readable.fromWeb(request.body as WebReadableStream<Uint8Array>), counter, parser);
    await Promise.all(writes);
    return { ok: true, form: new UploadedForm(fields, files, folder) };
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    // The disk refused a write: the server's fault, for the boundary to log as one.
    if ((error as NodeJS.ErrnoException).syscall) throw error;
    if (error instanceof TooLarge) return tooLarge(maxBytes);
    if (error instanceof NotAForm || /multipart|boundary|Unexpected end of form/i.test((error as Error).message))
      return { ok: false, status: 400, message: "The upload is not a valid multipart form." };
    // The client went away mid-body (a closed connection, a cancelled upload): not our error.
    return { ok: false, status: 400, message: "The request body was cut off before it ended." };
  }
}
