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
  const home = new URL(origin).origin;
  if (url.origin !== home) return "/";
  // "/.//evil.example" resolves on this origin to the path "//evil.example", which a browser
  // then reads as another site: a path never starts with two slashes (or a backslash) here.
  const path = `${url.pathname.replace(/^[/\\]+/, "/")}${url.search}${url.hash}`;
  return new URL(path, origin).origin === home ? path : "/";
}
