import { buildWarc } from "@/lib/capture/warc";
import { CAPTURE_FILES, type CaptureFileName } from "@/lib/capture/capture-state";
import { capturesOfDocument } from "@/lib/data/captures";
import { notFound } from "@/lib/result";
import { readRoute } from "@/server/route";

/** GET: every capture of the document's cited sources as one gzipped WARC 1.1 file. */
export const GET = readRoute<{ slug: string }>(async ({ db, params }) => {
  const captures = await capturesOfDocument(db, params.slug);
  if (!captures) return notFound("That document");
  const warc = await buildWarc(
    captures.map((c) => ({
      url: c.finalUrl ?? c.url,
      capturedAt: c.capturedAt ?? c.createdAt,
      httpStatus: c.httpStatus ?? 200,
      headers: c.headersJson ? (JSON.parse(c.headersJson) as Record<string, string>) : {},
      html: c.html ? new Uint8Array(c.html) : null,
      files: (Object.keys(CAPTURE_FILES) as CaptureFileName[]).flatMap((name) => {
        const body = c[CAPTURE_FILES[name].column];
        return body ? [{ name, contentType: CAPTURE_FILES[name].type, body: new Uint8Array(body) }] : [];
      }),
    })),
    { software: "Claimmark", description: `Evidence captured for the sources cited in /documents/${params.slug}` },
  );
  return new Response(new Uint8Array(warc), {
    status: 200,
    headers: { "Content-Type": "application/warc", "Content-Disposition": `attachment; filename="${params.slug}-evidence.warc.gz"`, "X-Content-Type-Options": "nosniff" },
  });
});
