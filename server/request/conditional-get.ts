/**
 * HTTP conditional GET (RFC 9110 §13.1.2), the one place it is read: true when the request's
 * If-None-Match names `etag` (or is "*"), so the client's copy is current and a 304 answers it.
 * Weak validators compare equal to strong ones here, as If-None-Match asks.
 */
export function clientHasCurrent(request: Request, etag: string): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || strip(tag) === strip(etag));
}

/** 304 Not Modified: no body, and the headers a 200 would have carried that describe the representation. */
export function notModified(etag: string, headers: HeadersInit = {}): Response {
  const out = new Headers(headers);
  out.set("ETag", etag);
  out.delete("Content-Length");
  return new Response(null, { status: 304, headers: out });
}
