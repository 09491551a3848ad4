// Where this machine reaches a server listening on `host`: the server's warm-up request
// (scripts/serve.mjs) and the supervisor's health check (scripts/start.mjs) both ask here.

/** http://host:port, with IPv6 in brackets and "every interface" (0.0.0.0) reached as 127.0.0.1. */
export function localOrigin(host, port) {
  return `http://${host.includes(":") ? `[${host}]` : host === "0.0.0.0" ? "127.0.0.1" : host}:${port}`;
}
