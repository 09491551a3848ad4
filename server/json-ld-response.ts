import { createHash } from "node:crypto";

/**
 * A JSON-LD response with a strong ETag over its bytes; answers 304 when the client's
 * If-None-Match already names it (W3C Web Annotation Protocol §4, HTTP caching).
 */
export function jsonLdResponse(request: Request, payload: unknown, contentType: string, links: string[], allow = "GET, HEAD, OPTIONS"): Response {
  const body = JSON.stringify(payload);
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
  const headers = new Headers({ "Content-Type": contentType, ETag: etag, Allow: allow, Vary: "Accept", Link: links.join(", ") });
  const match = request.headers.get("if-none-match");
  if (match && match.split(",").map((s) => s.trim()).includes(etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
