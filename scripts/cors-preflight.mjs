// CORS for the API as browser tools call it with a personal access token: any origin, never
// credentials (cookies are not sent cross-site, so a page elsewhere cannot act as a signed-in
// user). Preflights are answered here, before Next.js; the answers themselves carry
// Access-Control-Allow-Origin and the exposed headers from the request boundary
// (server/route.ts, server/request/cors.ts).

export const CORS_ALLOWED_HEADERS =
  "Authorization, Content-Type, Accept, Idempotency-Key, If-Match, If-None-Match, Last-Event-ID";

/** True (and the response sent) when the request is a CORS preflight to the API. */
export function answerPreflight(request, response) {
  if (
    request.method !== "OPTIONS" ||
    !request.url?.startsWith("/api/") ||
    !request.headers["access-control-request-method"]
  )
    return false;
  response.writeHead(204, {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
    "Access-Control-Allow-Headers": CORS_ALLOWED_HEADERS,
    "Access-Control-Max-Age": "600",
    Vary: "Origin",
  });
  response.end();
  return true;
}
