import { captureFile } from "@/lib/data/evidence/captures";
import { notFound } from "@/lib/result";
import { clientHasCurrent, notModified } from "@/server/request/conditional-get";
import { readRoute } from "@/server/route";
import { admitToCapture } from "@/lib/data/workspaces/capture-scope";

/**
 * GET: one file of a capture (screenshot.png, page.pdf, page.mhtml). A captured page must never
 * run in Claimmark's origin: every file comes with its own type, nosniff, and a CSP that
 * sandboxes it and allows nothing; the MHTML archive is a download only.
 */
export const GET = readRoute<{ id: string; file: string }>(async ({ db, actor, params, request }) => {
  const admitted = await admitToCapture(db, actor, params.id, "read");
  if (!admitted.ok) return admitted;
  const file = await captureFile(db, params.id, params.file);
  if (!file) return notFound("That captured file");
  const headers: Record<string, string> = {
    "Content-Type": file.type,
    "Content-Length": String(file.body.length),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "private, max-age=3600, immutable",
    "Content-Disposition": `${params.file === "page.mhtml" ? "attachment" : "inline"}; filename="capture-${params.id}-${params.file}"`,
  };
  if (file.sha256) {
    // The file's own SHA-256 is its tag: a client that has it is told so, not sent it again.
    headers["ETag"] = `"${file.sha256}"`;
    if (clientHasCurrent(request, headers["ETag"])) return notModified(headers["ETag"], headers);
  }
  return new Response(new Uint8Array(file.body), { status: 200, headers });
});
