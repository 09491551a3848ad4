import http from "node:http";

/**
 * A small round-robin HTTP proxy on 127.0.0.1 for the two-instance benchmark: each request
 * goes to the next upstream port, streamed both ways (event streams included). An upstream
 * that refuses or drops the connection answers 502, as a load balancer would, and is not
 * asked again for `downMs` — the clients retry with their Idempotency-Keys.
 */
export function startRoundRobinProxy(
  port: number,
  upstreams: number[],
  downMs = 2000,
): Promise<{ close: () => Promise<void>; counts: () => number[] }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const downUntil = new Map<number, number>();
  const counts = upstreams.map(() => 0);
  let next = 0;
  const pick = (): number => {
    for (let tries = 0; tries < upstreams.length; tries++) {
      const index = next++ % upstreams.length;
      if ((downUntil.get(index) ?? 0) <= Date.now()) return index;
    }
    return next++ % upstreams.length;
  };
  const server = http.createServer((request, response) => {
    const index = pick();
    counts[index]!++;
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: upstreams[index],
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: `127.0.0.1:${upstreams[index]}` },
        agent,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => {
      downUntil.set(index, Date.now() + downMs);
      if (!response.headersSent) response.writeHead(502, { "content-type": "application/json" });
      response.end(JSON.stringify({ message: "The instance did not answer." }));
    });
    // A client that went away (a closed event stream) closes its upstream request too.
    response.on("close", () => {
      if (!response.writableFinished) upstream.destroy();
    });
    request.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () =>
      resolve({
        counts: () => [...counts],
        close: () =>
          new Promise<void>((done) => {
            agent.destroy();
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    ),
  );
}
