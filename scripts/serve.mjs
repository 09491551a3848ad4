#!/usr/bin/env node
// The HTTP server of one Claimmark process: Next.js's request handler behind node:http, so
// that the client's address is decided here, where the socket is known. Next.js on its own
// keeps a client's X-Forwarded-For as it came, which would let anyone choose the address the
// per-IP limits count. Started (and restarted) by scripts/start.mjs.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { answerPreflight } from "./cors-preflight.mjs";
import { edgeRefusal } from "./edge-body-limit.mjs";
import { exitWithParent } from "./exit-with-parent.mjs";
import { localOrigin } from "./local-origin.mjs";
import { warmRoutes } from "./warm-routes.mjs";
import { clientAddress, trustedProxies } from "./forwarded-for.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || "127.0.0.1";
const trusted = trustedProxies(process.env.TRUSTED_PROXY);

const app = next({ dev: false, dir: root, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  // The supervisor's liveness check (scripts/liveness.mjs), answered here before Next.js: it
  // goes unanswered only when this process's event loop is stuck.
  if (request.url === "/healthz" && request.method === "GET") {
    response.writeHead(200, { "Content-Type": "text/plain", "Cache-Control": "no-store" });
    response.end("ok");
    return;
  }
  // Bodies are capped here, before Next.js or next-auth buffer a byte of them.
  const refused = edgeRefusal(request.method, request.url, request.headers);
  if (refused) {
    response.writeHead(refused.status, { "Content-Type": "application/json" });
    response.end(JSON.stringify({ message: refused.message }));
    // The body is never read into memory: what still arrives is discarded, and the connection
    // stays open for the client's next request, as after any answer. A body still arriving two
    // seconds on ends the connection. Ending it at once instead fails clients two ways: closing
    // a socket with unread bytes makes the kernel send a reset, which can reach a client still
    // writing its body before it has read this answer ("write ECONNRESET", "EPIPE"); and a
    // client that keeps connections alive sends its next request on one being closed ("socket
    // hang up": e2e/annotation-protocol.spec.ts's GET after its 1 MB post, seen in CI).
    response.on("finish", () => {
      const timer = setTimeout(() => request.socket.destroy(), 2000);
      timer.unref();
      request.on("end", () => clearTimeout(timer));
      request.resume();
    });
    return;
  }
  request.headers["x-forwarded-for"] = clientAddress(
    request.socket.remoteAddress,
    request.headers["x-forwarded-for"],
    trusted,
  );
  if (!trusted.length) {
    // Without a trusted proxy the scheme and host are the connection's own.
    delete request.headers["x-forwarded-proto"];
    delete request.headers["x-forwarded-host"];
  }
  if (answerPreflight(request, response)) return;
  handle(request, response);
});
// Slow clients cannot hold connections open for ever.
server.requestTimeout = 60_000;
server.headersTimeout = 20_000;
server.listen(port, host, () => {
  const origin = localOrigin(host, port);
  console.log(`claimmark: serving on ${origin}`);
  void warmRoutes(origin);
});

const shutdown = () => {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5_000).unref();
};
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, shutdown);
exitWithParent(shutdown);
