/**
 * The Content-Security-Policy of every page. Scripts run only from this origin and only when
 * they carry this response's nonce (Next.js puts it on its own scripts); 'strict-dynamic'
 * lets those load their chunks. Inline style attributes stay allowed (Tiptap and React set
 * them; style cannot run code). Nothing may frame the app, and forms post only to it; the one
 * exception is a public fact-check's embed card (EMBED_PATH), which any site may frame.
 */
export function contentSecurityPolicy(
  nonce: string,
  options: { development: boolean; frameableByAnySite?: boolean },
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    options.frameableByAnySite ? "frame-ancestors *" : "frame-ancestors 'none'",
  ].join("; ");
}

/** Browser features the app never uses, switched off for every response. */
export const PERMISSIONS_POLICY =
  "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), interest-cohort=()";

/** HSTS for responses served over HTTPS (two years, subdomains too). Browsers ignore it over HTTP. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** The embeddable cards, /fact-checks/<slug>/embed: the only pages other sites may frame. */
export const EMBED_PATH = /^\/fact-checks\/[^/]+\/embed\/?$/;
