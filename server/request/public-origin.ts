import { env } from "../env";

// A Host header is a name or an address with an optional port, nothing else.
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin people reach the app under: NEXTAUTH_URL when it is set, else the request's own
 * Host (scripts/serve.mjs drops client-sent X-Forwarded-Host/-Proto unless TRUSTED_PROXY names
 * the proxy), so links in reports and after sign-out point where the person came from, not at
 * localhost.
 */
export function publicOrigin(headers: Headers): string {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  const scheme = headers.get("x-forwarded-proto") === "https" ? "https" : "http";
  return host && HOST.test(host) ? `${scheme}://${host.toLowerCase()}` : "http://localhost";
}
