/**
 * Whether a cookie-authenticated write comes from the app's own pages. Browsers send
 * `Sec-Fetch-Site` on every request (and `Origin` on every cross-origin or non-GET one); a
 * write whose page is on another site is refused, so a session cookie alone can never make a
 * change (CSRF). Requests without either header (curl, server-to-server) are not browser
 * cross-site requests and pass; they still need a valid session.
 *
 * `appOrigins` are the origins the app is served under: the request's own Host and, when
 * set, the configured public URL.
 */
export function isSameOriginWrite(headers: Headers, appOrigins: readonly string[]): boolean {
  const site = headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = headers.get("origin");
  if (origin === null) return true;
  if (origin === "null") return false; // sandboxed frames, data: URLs, some redirects
  return appOrigins.includes(origin.toLowerCase());
}

/** The origins this request may come from: its Host header on the URL's scheme, and the public URL. */
export function appOriginsOf(request: Request, publicUrl: string | undefined): string[] {
  const origins: string[] = [];
  const url = new URL(request.url);
  const host = request.headers.get("host");
  if (host) origins.push(`${url.protocol}//${host}`.toLowerCase());
  origins.push(url.origin.toLowerCase());
  if (publicUrl) origins.push(new URL(publicUrl).origin.toLowerCase());
  return origins;
}
