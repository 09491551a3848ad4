/** Response headers a browser tool calling the API with a token may read (see scripts/cors-preflight.mjs). */
export const CORS_EXPOSED_HEADERS =
  "Location, ETag, Retry-After, WWW-Authenticate, Link, Allow, Accept-Post, Idempotent-Replayed";
