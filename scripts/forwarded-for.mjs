// Which client address a request comes from, decided once, where the socket is known.

/** Strips the IPv4-mapped IPv6 prefix, so "::ffff:10.0.0.1" and "10.0.0.1" are one address. */
export function normaliseAddress(address) {
  const value = String(address ?? "").trim();
  return value.toLowerCase().startsWith("::ffff:") && value.includes(".") ? value.slice(7) : value;
}

/**
 * The client's address. `peer` is the socket's remote address; `header` the request's
 * X-Forwarded-For; `trusted` the proxies named in TRUSTED_PROXY. A header is believed only
 * when the peer is a trusted proxy, and then read from the right, skipping further trusted
 * proxies: every entry left of the first untrusted one could have been written by the client.
 */
export function clientAddress(peer, header, trusted) {
  const from = normaliseAddress(peer) || "unknown";
  const proxies = new Set(trusted.map(normaliseAddress).filter(Boolean));
  if (!proxies.has(from) || !header) return from;
  const hops = String(header).split(",").map(normaliseAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!proxies.has(hops[i])) return hops[i];
  }
  return hops[0] ?? from;
}

/** TRUSTED_PROXY as a list ("" or unset: none). */
export function trustedProxies(value) {
  return String(value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}
