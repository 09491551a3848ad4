/**
 * The caller's address, for per-IP limits. scripts/serve.mjs sets X-Forwarded-For to exactly
 * one address, decided from the socket (and from a proxy's header only when TRUSTED_PROXY
 * names that proxy), so the first entry here is one the client could not choose.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined> | undefined): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.split(",")[0]?.trim() || "unknown";
}
