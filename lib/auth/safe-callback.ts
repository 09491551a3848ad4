/**
 * Where to send someone after sign-in or sign-up: the `callbackUrl` they came with, only if it
 * resolves to a path on this same origin, else "/". Resolving with the URL parser, the way the
 * browser will, catches what string checks miss: "/\evil.example" and "/<TAB>/evil.example"
 * both leave the site (browsers read "\" as "/" and drop tabs), "//evil.example" too.
 */
export function safeCallback(value: string | null | undefined, origin: string): string {
  if (!value) return "/";
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return "/";
  }
  if (url.origin !== new URL(origin).origin) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
