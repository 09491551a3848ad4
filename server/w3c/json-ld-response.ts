import { createHash } from "node:crypto";
import { clientHasCurrent, notModified } from "../request/conditional-get";

/**
 * A JSON-LD response with a strong ETag over its bytes; answers 304 when the client's
 * If-None-Match already names it (W3C Web Annotation Protocol §4, HTTP caching).
 */
export function jsonLdResponse(
  request: Request,
  payload: unknown,
  contentType: string,
  links: string[],
  allow = "GET, HEAD, OPTIONS",
  extra: { status?: number; headers?: Record<string, string> } = {},
): Response {
  const body = JSON.stringify(payload);
  const etag = etagOfText(body);
  const headers = new Headers({
    "Content-Type": contentType,
    ETag: etag,
    Allow: allow,
    Vary: "Accept",
    Link: links.join(", "),
    ...extra.headers,
  });
  if (clientHasCurrent(request, etag)) return notModified(etag, headers);
  return new Response(body, { status: extra.status ?? 200, headers });
}

/** The strong ETag of a JSON-LD payload: a hash of its bytes. */
export function etagOf(payload: unknown): string {
  return etagOfText(JSON.stringify(payload));
}

const etagOfText = (body: string) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
