import { warcRecords, type WarcCapture } from "@/lib/capture/warc";
import { CAPTURE_FILES, type CaptureFileName } from "@/lib/capture/capture-state";
import { captureIdsOfDocument, captureWithFiles } from "@/lib/data/evidence/captures";
import type { Db } from "@/lib/db";
import { limitAnonymousExport } from "@/lib/limits/request-limits";
import { notFound } from "@/lib/result";
import { env } from "@/server/env";
import { clientIp } from "@/server/request/client-ip";
import { readRoute } from "@/server/route";
import { admitToDocument } from "@/lib/data/workspaces/scope";

/** The captures one by one, each read from the database only when the stream reaches it. */
async function* capturesOf(db: Db, ids: readonly string[]): AsyncGenerator<WarcCapture> {
  for (const id of ids) {
    const c = await captureWithFiles(db, id);
    if (!c) continue;
    yield {
      url: c.finalUrl ?? c.url,
      capturedAt: c.capturedAt ?? c.createdAt,
      httpStatus: c.httpStatus ?? 200,
      headers: c.headersJson ? (JSON.parse(c.headersJson) as Record<string, string>) : {},
      html: c.html ? new Uint8Array(c.html) : null,
      files: (Object.keys(CAPTURE_FILES) as CaptureFileName[]).flatMap((name) => {
        const body = c[CAPTURE_FILES[name].column];
        return body ? [{ name, contentType: CAPTURE_FILES[name].type, body: new Uint8Array(body) }] : [];
      }),
    };
  }
}

/**
 * GET: every capture of the document's cited sources as one gzipped WARC 1.1 file, streamed a
 * record at a time. Visitors are limited per address like report downloads.
 */
export const GET = readRoute<{ slug: string }>(async ({ db, actor, params, request }) => {
  const admitted = await admitToDocument(db, actor, params.slug);
  if (!admitted.ok) return admitted;
  if (!actor) {
    const limited = await limitAnonymousExport(db, clientIp(request.headers), env().EXPORT_LIMIT_PER_MINUTE);
    if (limited) return limited;
  }
  const ids = await captureIdsOfDocument(db, params.slug);
  if (!ids) return notFound("That document");
  const records = warcRecords(capturesOf(db, ids), {
    software: "Claimmark",
    description: `Evidence captured for the sources cited in /documents/${params.slug}`,
  });
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await records.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await records.return(undefined);
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      "Content-Type": "application/warc",
      "Content-Disposition": `attachment; filename="${params.slug}-${new Date().toISOString().slice(0, 10)}-evidence.warc.gz"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
});
