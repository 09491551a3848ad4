import { apiReferenceHtml } from "@/lib/openapi/reference-html";
import { openApiDocument } from "@/lib/openapi/spec";
import { publicOrigin } from "@/server/request/public-origin";
import { readRoute } from "@/server/route";

/** GET: the API reference as a readable page, made from /api/openapi.json (no script). */
export const GET = readRoute(
  async ({ request }) =>
    new Response(apiReferenceHtml(openApiDocument(publicOrigin(request.headers))), {
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      },
    }),
);
