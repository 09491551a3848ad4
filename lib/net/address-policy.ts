import ipaddr from "ipaddr.js";

/**
 * Whether the server may connect to an address on someone's behalf. Only public unicast
 * addresses pass: loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local
 * (169.254/16 — cloud metadata — and fe80::/10), multicast, carrier-grade NAT, unspecified,
 * broadcast and reserved ranges are refused. IPv4 written inside IPv6 (::ffff:127.0.0.1,
 * NAT64, 6to4, Teredo) is judged by the IPv4 address it carries.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6") {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) parsed = v6.toIPv4Address();
    else if (["rfc6052", "6to4", "teredo", "rfc6145"].includes(v6.range())) return false;
  }
  return parsed.range() === "unicast";
}

/** Why an address was refused, in words. */
export function addressRefusal(host: string, address: string): string {
  return `${host} resolves to ${address}, a private, loopback, link-local or multicast address: Claimmark does not fetch from inside networks.`;
}
