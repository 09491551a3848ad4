import type { Actor } from "@/lib/data/actor";
import { ImportError } from "@/lib/import/import-error";
import { MAX_IMPORT_BYTES, type ImportedDocument, type ImportInput } from "@/lib/import/import-source";
import { fail, forbidden, ok, unauthenticated, type Result } from "@/lib/result";
import { canReview } from "@/lib/roles";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { pasteImportSchema, urlImportSchema } from "@/lib/validation/document";
import { env } from "./env";
import { importInChild } from "./import/import-in-child";

/** The largest upload request: the 20 MB file plus the form's own few bytes. */
export const MAX_IMPORT_REQUEST_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

/**
 * What the three import tabs send: JSON for "Paste text" and "From a web address", a multipart form for "Upload a
 * file".
 */
type RequestedImport = Exclude<ImportInput, { kind: "file" }> | { kind: "upload"; file: File };

function inputOf(body: unknown): Result<{ input: RequestedImport; title?: string }> {
  if (body instanceof FormData) {
    const file = body.get("file");
    const title = body.get("title");
    if (!(file instanceof File) || file.size === 0)
      return fail(400, "Choose a file to upload.", { file: "Choose a file to upload." });
    return ok({ input: { kind: "upload", file }, title: typeof title === "string" ? title : undefined });
  }
  const source = (body as { source?: unknown } | null)?.source;
  if (source === "paste") {
    const parsed = pasteImportSchema.safeParse(body);
    if (!parsed.success)
      return fail(400, parsed.error.issues[0]?.message ?? "Check the pasted text.", fieldErrorsOf(parsed.error));
    return ok({
      input: { kind: "paste", format: parsed.data.format, text: parsed.data.text },
      title: parsed.data.title,
    });
  }
  if (source === "url") {
    const parsed = urlImportSchema.safeParse(body);
    if (!parsed.success)
      return fail(400, parsed.error.issues[0]?.message ?? "Check the address.", fieldErrorsOf(parsed.error));
    return ok({ input: { kind: "url", url: parsed.data.url }, title: parsed.data.title });
  }
  return fail(
    400,
    'Say where the document comes from: "source" is "paste" or "url", or upload a file as multipart/form-data.',
  );
}

/**
 * Turns an import request into an imported document, or the failure to show beside the
 * field it concerns. The role is checked before any work (a fetch or a parse) is done for
 * the caller; the data layer checks it again when it writes.
 */
export async function readImport(
  actor: Actor | null,
  body: unknown,
): Promise<Result<{ imported: ImportedDocument; title?: string }>> {
  if (!actor) return unauthenticated();
  if (!canReview(actor.role))
    return forbidden("Adding documents needs the reviewer role. Ask an admin to make you a reviewer.");
  const request = inputOf(body);
  if (!request.ok) return request;
  const requested = request.data.input;
  let input: ImportInput;
  if (requested.kind === "upload") {
    const { file } = requested;
    if (file.size > MAX_IMPORT_BYTES)
      return fail(413, "The file is larger than 20 MB.", { file: "The file is larger than 20 MB." });
    input = { kind: "file", fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } else input = requested;
  try {
    // In a child process with a time and a memory limit, never on this server's event loop.
    const imported = await importInChild(input, { allowPrivateHosts: env().IMPORT_ALLOW_PRIVATE_HOSTS });
    return ok({ imported, title: request.data.title });
  } catch (error) {
    if (error instanceof ImportError) return fail(error.status, error.message, { [error.field]: error.message });
    throw error;
  }
}
