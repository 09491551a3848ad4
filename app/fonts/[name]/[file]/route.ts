import { fontFile } from "@/server/report-fonts";

/** GET /fonts/<package>/<file>.woff2: one file of the bundled fonts (nothing else is ever read). */
export async function GET(_request: Request, { params }: { params: Promise<{ name: string; file: string }> }) {
  const { name, file } = await params;
  const body = fontFile(name, file);
  if (!body) return new Response("No such font file.", { status: 404 });
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": "font/woff2", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
