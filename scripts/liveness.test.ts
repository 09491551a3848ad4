import { describe, expect, it } from "vitest";
import http from "node:http";
import { answersHealth, watchLiveness } from "./liveness.mjs";

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the supervisor's liveness check", () => {
  it("declares a server dead after three unanswered polls in a row, once it had answered", async () => {
    const answers = [true, true, false, true, false, false, false];
    let dead = 0;
    watchLiveness({ check: async () => answers.shift() ?? false, onDead: (n: number) => (dead = n), intervalMs: 5 });
    await wait(150);
    // One miss between answers is forgiven; three in a row are not.
    expect(dead).toBe(3);
    expect(answers).toEqual([]);
  });

  it("waits for a starting server to answer before counting misses, and stops when asked", async () => {
    let dead = false;
    let polls = 0;
    const stop = watchLiveness({
      check: async () => (polls++, false),
      onDead: () => (dead = true),
      intervalMs: 5,
      graceMs: 10_000,
    });
    await wait(60);
    stop();
    const after = polls;
    await wait(30);
    expect(dead).toBe(false);
    expect(polls).toBe(after);
  });

  it("declares a server that never answered dead once its start-up grace is over", async () => {
    let dead = 0;
    watchLiveness({ check: async () => false, onDead: (n: number) => (dead = n), intervalMs: 5, graceMs: 40 });
    await wait(150);
    expect(dead).toBe(3);
  });

  it("counts a frozen server (no answer in time) as a miss", async () => {
    // A server whose handler never answers, as one whose event loop is stuck looks from outside.
    const frozen = http.createServer(() => undefined);
    const healthy = http.createServer((_req, res) => res.end("ok"));
    await new Promise<void>((r) => frozen.listen(0, "127.0.0.1", r));
    await new Promise<void>((r) => healthy.listen(0, "127.0.0.1", r));
    const url = (s: http.Server) => `http://127.0.0.1:${(s.address() as { port: number }).port}/healthz`;
    try {
      expect(await answersHealth(url(healthy), 500)).toBe(true);
      await expect(answersHealth(url(frozen), 200)).rejects.toThrow();
    } finally {
      frozen.closeAllConnections();
      frozen.close();
      healthy.close();
    }
  });
});
