// `BENCH_INSTANCES=2 DATABASE_URL=postgresql://… npm run bench` (alone: the same with `npx tsx
// scripts/bench-instances.ts`): two app instances on one PostgreSQL behind a round-robin proxy
// this script runs itself (bench/round-robin-proxy.ts). Measures flag throughput through the
// proxy with one instance behind it and with two, a change reaching 100 readers whose streams
// are spread over both, and flags under load while one instance is killed (SIGKILL): clients
// retry refused or dropped requests with their Idempotency-Keys, and every flag must end up
// stored exactly once. Without BENCH_INSTANCES it does nothing.
import { execFileSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { autocannon, expectAll } from "../bench/autocannon";
import { freshDatabase } from "../bench/database";
import { flaggableSpans } from "../bench/flaggable-spans";
import { openStreams } from "../bench/live-streams";
import { percentile, round } from "../bench/measure";
import { BENCH_PASSWORD, seedBenchPeople } from "../bench/people";
import { printTable, recordResults, withLoad, type BenchRow } from "../bench/results-file";
import { startRoundRobinProxy } from "../bench/round-robin-proxy";
import { startServer, stopServer } from "../bench/server";
import { signInCookie } from "../bench/session";
import { seedSyntheticDocument } from "../bench/synthetic-data";

const log = (line: string) => process.stderr.write(`bench-instances: ${line}\n`);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORTS = { a: 3400, b: 3401, one: 3402, pair: 3403 };

async function main() {
  if (process.env.BENCH_INSTANCES !== "2") return;
  if (!process.env.DATABASE_URL?.startsWith("postgres")) {
    console.error("BENCH_INSTANCES=2 measures instances sharing PostgreSQL: set DATABASE_URL=postgresql://…");
    process.exit(2);
  }
  const database = await freshDatabase("postgres");
  const servers: ChildProcess[] = [];
  const proxies: { close: () => Promise<void> }[] = [];
  const rows: BenchRow[] = [];
  try {
    const authors = await seedBenchPeople(database.db);
    await seedSyntheticDocument(database.db, {
      slug: "bench-flag",
      words: 20_000,
      claims: 0,
      notesPerClaim: 0,
      authorIds: authors,
      seed: 3,
    });
    const text = (await database.db.document.findUniqueOrThrow({ where: { slug: "bench-flag" } })).plainText;
    const spans = flaggableSpans(text, 200_000);
    let used = 0;
    const nextSpan = () => {
      if (used >= spans.length) throw new Error("the benchmark ran out of distinct spans to flag");
      const { start, end } = spans[used++]!;
      return JSON.stringify({ start, end, exact: text.slice(start, end) });
    };
    // The worker of one instance is enough (its retraining would otherwise run twice beside the load).
    servers.push(await startServer(database.env, PORTS.a));
    servers.push(await startServer({ ...database.env, CAPTURE_WORKER: "0" }, PORTS.b));
    const one = await startRoundRobinProxy(PORTS.one, [PORTS.a]);
    const pair = await startRoundRobinProxy(PORTS.pair, [PORTS.a, PORTS.b]);
    proxies.push(one, pair);
    const cookie = await signInCookie(`http://127.0.0.1:${PORTS.pair}`, "reviewer@bench.test", BENCH_PASSWORD);

    const flagLoad = async (port: number) => {
      const url = `http://127.0.0.1:${port}/api/documents/bench-flag/claims`;
      for (let i = 0; i < 20; i++) {
        const warm = await fetch(url, {
          method: "POST",
          headers: { cookie, "content-type": "application/json" },
          body: nextSpan(),
        });
        if (warm.status !== 201) throw new Error(`flag warm-up answered ${warm.status}`);
      }
      return withLoad(() =>
        autocannon({
          url,
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          duration: LOAD_SECONDS,
          connections: 50,
          requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, body: nextSpan() }) }],
        }),
      );
    };
    log("flag throughput, one instance behind the proxy");
    const single = await flagLoad(PORTS.one);
    expectAll("flags through the proxy, one instance", single.result, 201);
    log("flag throughput, two instances behind the proxy");
    const both = await flagLoad(PORTS.pair);
    expectAll("flags through the proxy, two instances", both.result, 201);
    const perSecond = (total: number) => total / LOAD_SECONDS;
    rows.push(
      {
        measure: `flag claim through the proxy, one instance (50 connections; ${single.result.requests.total} flags, all 201)`,
        value: round(perSecond(single.result.requests.total), 0),
        unit: "req/s",
        target: "",
        load: single.load,
      },
      {
        measure: `flag claim through the proxy, two instances (${both.result.requests.total} flags, all 201)`,
        value: round(perSecond(both.result.requests.total), 0),
        unit: "req/s",
        target: "",
        load: both.load,
      },
      {
        measure: "two instances / one",
        value: round(both.result.requests.total / Math.max(1, single.result.requests.total), 2),
        unit: "×",
        target: "≥ 1.6",
        load: both.load,
      },
    );

    log("100 readers over both instances");
    const streams = await openStreams(`http://127.0.0.1:${PORTS.pair}/api/documents/bench-flag/events`, 100);
    await new Promise((r) => setTimeout(r, 1000));
    const arrivals: number[] = [];
    for (let i = 0; i < 10; i++) {
      const since = performance.now();
      // Each change is made through one instance, in turn: half the readers are on the other.
      const made = await fetch(`http://127.0.0.1:${i % 2 ? PORTS.b : PORTS.a}/api/documents/bench-flag/claims`, {
        method: "POST",
        headers: { cookie, "content-type": "application/json" },
        body: nextSpan(),
      });
      if (made.status !== 201) throw new Error(`the change answered ${made.status}`);
      const { id } = (await made.json()) as { id: string };
      const times = await streams.arrivals(id, since, 10_000);
      if (times.some((t) => t >= 10_000)) throw new Error(`change ${i} did not reach every reader in 10 s`);
      arrivals.push(...times);
    }
    streams.close();
    rows.push({
      measure: "a change reaching 100 readers spread over both instances, p95 (10 changes)",
      value: round(percentile(arrivals, 95), 0),
      unit: "ms",
      target: "< 1000",
    });

    log("flags under load while one instance is killed");
    rows.push(...(await flagsThroughAKill(PORTS.pair, cookie, nextSpan, servers[1]!, database.db)));
  } finally {
    for (const proxy of proxies) await proxy.close();
    for (const server of servers) if (server.exitCode === null && server.signalCode === null) await stopServer(server);
    await database.drop();
  }
  recordResults("two instances (postgres)", rows, { loadSeconds: LOAD_SECONDS });
  printTable("two instances on one PostgreSQL behind a round-robin proxy", rows);
}

/**
 * 20 clients flag through the proxy for `LOAD_SECONDS`, each request under an Idempotency-Key
 * of its own, retried with the same key (up to 20 times, 100 ms apart) when refused by the
 * proxy or dropped; halfway, instance B is killed with SIGKILL (its supervisor first, so it is
 * not restarted). Then every key must have its one claim: none lost, none twice.
 */
async function flagsThroughAKill(
  port: number,
  cookie: string,
  nextSpan: () => string,
  victim: ChildProcess,
  db: Awaited<ReturnType<typeof freshDatabase>>["db"],
): Promise<BenchRow[]> {
  const url = `http://127.0.0.1:${port}/api/documents/bench-flag/claims`;
  const before = await db.claim.count();
  const keys: string[] = [];
  let retries = 0;
  let failed = 0;
  const deadline = Date.now() + LOAD_SECONDS * 1000;
  const client = async () => {
    while (Date.now() < deadline) {
      const key = randomUUID();
      const body = nextSpan();
      keys.push(key);
      let answered = false;
      for (let attempt = 0; attempt < 20 && !answered; attempt++) {
        if (attempt > 0) {
          retries++;
          await new Promise((r) => setTimeout(r, 100));
        }
        try {
          const response = await fetch(url, {
            method: "POST",
            headers: { cookie, "content-type": "application/json", "idempotency-key": key },
            body,
          });
          await response.arrayBuffer();
          if (response.status === 201) answered = true;
          else if (response.status !== 502) throw new Error(`a flag answered ${response.status}`);
        } catch (error) {
          if ((error as Error).message.startsWith("a flag answered")) throw error;
        }
      }
      if (!answered) failed++;
    }
  };
  const killer = (async () => {
    await new Promise((r) => setTimeout(r, (LOAD_SECONDS * 1000) / 2));
    const serverPid = execFileSync("pgrep", ["-P", String(victim.pid), "-f", "serve.mjs"], { encoding: "utf8" }).trim();
    victim.kill("SIGKILL");
    for (const pid of serverPid.split("\n").filter(Boolean)) process.kill(Number(pid), "SIGKILL");
    log(`killed instance B (server ${serverPid}) mid-load`);
  })();
  await Promise.all([...Array.from({ length: 20 }, client), killer]);
  const stored = (await db.claim.count()) - before;
  return [
    {
      measure: `flags sent while one instance was killed (${retries} retries with the same key; ${failed} never answered 201)`,
      value: keys.length,
      unit: "",
      target: "",
    },
    {
      measure: "claims stored for them (exactly one a flag)",
      value: stored,
      unit: "",
      target: `= ${keys.length}`,
    },
  ];
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
