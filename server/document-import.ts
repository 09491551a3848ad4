import { ImportError } from "@/lib/import/import-error";
import { MAX_IMPORT_BYTES, type ImportedDocument } from "@/lib/import/import-source";
import { fail, ok, type Result } from "@/lib/result";
import { parseInput } from "@/lib/validation/parse-input";
import { pasteImportSchema, urlImportSchema } from "@/lib/validation/document";
import { env } from "./env";
import { IMPORT_CHILD_LIMITS, importInChild, type ChildImport } from "./import/import-in-child";
import { UploadedForm } from "./request/upload-form";
import { activeModel } from "@/lib/data/suggestions/desk-model";
import type { Db } from "@/lib/db";

/** The largest upload request: the 20 MB file plus the form's own few bytes. */
export const MAX_IMPORT_REQUEST_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

/**
 * What the three import tabs send: JSON for "Paste text" and "From a web address", a multipart form for "Upload a
 * file".
 */
function inputOf(body: unknown): Result<{ input: ChildImport; title?: string }> {
  if (body instanceof UploadedForm) {
    const file = body.file("file");
    if (!file || file.size === 0) return fail(400, "Choose a file to upload.", { file: "Choose a file to upload." });
    if (file.size > MAX_IMPORT_BYTES)
      return fail(413, "The file is larger than 20 MB.", { file: "The file is larger than 20 MB." });
    return ok({ input: { kind: "file", fileName: file.name, path: file.path }, title: body.field("title") });
  }
  const source = (body as { source?: unknown } | null)?.source;
  if (source === "paste") {
    const parsed = parseInput(pasteImportSchema, body);
    if (!parsed.ok) return parsed;
    return ok({
      input: { kind: "paste", format: parsed.data.format, text: parsed.data.text },
      title: parsed.data.title,
    });
  }
  if (source === "url") {
    const parsed = parseInput(urlImportSchema, body);
    if (!parsed.ok) return parsed;
    return ok({ input: { kind: "url", url: parsed.data.url }, title: parsed.data.title });
  }
  return fail(
    400,
    'Say where the document comes from: "source" is "paste" or "url", or upload a file as multipart/form-data.',
  );
}

/** The slug of the workspace an import names (a form field or a JSON member), if it names one. */
export function importWorkspaceOf(body: unknown): string | undefined {
  const value =
    body instanceof UploadedForm ? body.field("workspace") : (body as { workspace?: unknown } | null)?.workspace;
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/**
 * Turns an import request into an imported document, or the failure to show beside the
 * field it concerns. Its routes declare the reviewer role (server/route.ts), checked before the
 * body is read, so no fetch or parse is done for anyone else; the data layer checks the role
 * again when it writes.
 */
export async function readImport(
  body: unknown,
  db: Db,
): Promise<Result<{ imported: ImportedDocument; title?: string }>> {
  const request = inputOf(body);
  if (!request.ok) return request;
  const { input } = request.data;
  try {
    // The desk's model, when one is in use, goes to the child as it is stored: it scores there.
    const { stored } = await activeModel(db);
    // In a child process with a time and a memory limit, never on this server's event loop.
    const imported = await importInChild(
      input,
      { allowPrivateHosts: env().IMPORT_ALLOW_PRIVATE_HOSTS },
      IMPORT_CHILD_LIMITS,
      stored ?? undefined,
    );
    return ok({ imported, title: request.data.title });
  } catch (error) {
    if (error instanceof ImportError) return fail(error.status, error.message, { [error.field]: error.message });
    throw error;
  }
}
