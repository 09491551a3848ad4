import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, request, test } from "@playwright/test";
import { createDatabase, dropDatabase } from "../lib/db/postgres-databases";
import { apiSignUp, cookieHeader, ESSAY_SLUG as SLUG, ESSAY_TEXT } from "./helpers";

// A server killed with SIGKILL in the middle of a burst of flag writes: npm start's supervisor
// brings it back, every claim the server acknowledged is there, and retrying the writes that
// got no answer, with their Idempotency-Keys, creates nothing twice. On SQLite, and on
// PostgreSQL when TEST_POSTGRES_URL is set.

const WRITES = 240;
const PARALLEL = 8;

/**
 * Distinct 30-character spans of the essay, one per write, each one a claim could be: inside one
 * paragraph and several words long (a margin over the three-word minimum, since the server
 * counts words its own way).
 */
const spans = Array.from({ length: WRITES }, (_, i) => {
  const start = i * 7;
  return { start, end: start + 30, exact: ESSAY_TEXT.slice(start, start + 30) };
}).filter((s) => !s.exact.includes("\n") && (s.exact.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 4);

/** The pid of the serve.mjs process listening on `port` (the supervisor's child), read from /proc. */
function serverPid(port: number): number | null {
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
      const environ = fs.readFileSync(`/proc/${entry}/environ`, "utf8").split("\0");
      if (cmdline.includes("scripts/serve.mjs") && environ.includes(`PORT=${port}`)) return Number(entry);
    } catch {
      // the process ended while we looked
    }
  }
  return null;
}

async function waitUntilServing(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not come back`);
}

/** `npm start`'s supervisor on `port` with `env`, its output collected, and a way to stop it and all it started. */
function startSupervisor(port: number, env: Record<string, string>) {
  const supervisor: ChildProcess = spawn("node", ["scripts/start.mjs"], {
    env: { ...process.env, PORT: String(port), NEXTAUTH_URL: `http://127.0.0.1:${port}`, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  supervisor.stdout?.on("data", (d) => (log += d));
  supervisor.stderr?.on("data", (d) => (log += d));
  return {
    log: () => log,
    stop: async () => {
      if (supervisor.exitCode !== null) return;
      const exited = new Promise((resolve) => supervisor.once("exit", resolve));
      supervisor.kill("SIGTERM");
      await exited;
    },
  };
}

/** The pids of every process whose command line has `marker` and whose environment has PORT=`port`. */
function pidsOf(marker: string, port: number): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
      const environ = fs.readFileSync(`/proc/${entry}/environ`, "utf8").split("\0");
      if (cmdline.includes(marker) && environ.includes(`PORT=${port}`)) found.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

test("a frozen server is restarted by the liveness check, and a killed worker leaves nothing behind", async () => {
  test.setTimeout(180_000);
  const port = 3190;
  const base = `http://127.0.0.1:${port}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-liveness-"));
  const supervisor = startSupervisor(port, {
    DATABASE_URL: `file:${path.join(dir, "app.db")}`,
    NEXTAUTH_SECRET: `liveness-${randomUUID()}`,
    HEALTH_CHECK_INTERVAL_MS: "1000",
  });
  try {
    await waitUntilServing(`${base}/`);
    // SIGSTOP: the process lives on but answers nothing, as a server stuck in a loop does.
    const frozen = serverPid(port)!;
    process.kill(frozen, "SIGSTOP");
    // Within the start-up grace (20 checks) at worst, and three missed checks.
    await expect
      .poll(() => supervisor.log(), { timeout: 60_000 })
      .toMatch(/the server did not answer .*healthz 3 times in a row/);
    await waitUntilServing(`${base}/`, 60_000);
    expect(serverPid(port)).not.toBe(frozen);
    expect(fs.existsSync(`/proc/${frozen}`)).toBe(false);

    // Killing the worker: the supervisor restarts it, and no copy of the old one runs on.
    await expect.poll(() => pidsOf("scripts/worker.ts", port).length, { timeout: 60_000 }).toBe(1);
    const [worker] = pidsOf("scripts/worker.ts", port);
    process.kill(worker!, "SIGKILL");
    await expect.poll(() => supervisor.log(), { timeout: 30_000 }).toMatch(/the worker was killed by SIGKILL/);
    await expect
      .poll(() => pidsOf("scripts/worker.ts", port).filter((pid) => pid !== worker).length, { timeout: 30_000 })
      .toBe(1);
    expect(pidsOf("scripts/worker.ts", port)).not.toContain(worker);
  } finally {
    await supervisor.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // Nothing the supervisor started outlives it (a stopped child is killed, not waited for).
  await expect.poll(() => [...pidsOf("scripts/serve.mjs", port), ...pidsOf("scripts/worker.ts", port)]).toEqual([]);
});

const kinds = ["sqlite", ...(process.env.TEST_POSTGRES_URL ? ["postgres"] : [])] as const;

for (const [index, kind] of kinds.entries()) {
  test(`no acknowledged claim is lost when the server is killed mid-burst, and retries do not duplicate (${kind})`, async () => {
    test.setTimeout(240_000);
    const port = 3301 + index;
    const base = `http://127.0.0.1:${port}`;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-durability-"));
    let databaseUrl = `file:${path.join(dir, "app.db")}`;
    let dropTestDatabase = async () => {};
    if (kind === "postgres") {
      const name = `claimmark_durability_${randomUUID().slice(0, 8)}`;
      databaseUrl = await createDatabase(process.env.TEST_POSTGRES_URL!, name);
      dropTestDatabase = () => dropDatabase(process.env.TEST_POSTGRES_URL!, name);
    }
    const supervisor = startSupervisor(port, {
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: `durability-${randomUUID()}`,
      SIGNUP_LIMIT_PER_IP: "1000",
      WRITE_LIMIT_PER_MINUTE: "100000",
    });
    try {
      await waitUntilServing(`${base}/`);
      if (kind === "sqlite") {
        // The folder with the database is the owner's alone, and so is the database.
        expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
        expect(fs.statSync(path.join(dir, "app.db")).mode & 0o777).toBe(0o600);
      }
      const api = await request.newContext({ baseURL: base });
      await apiSignUp(api, "Burst Writer");
      const cookie = await cookieHeader(api);
      await api.dispose();

      const acknowledged = new Map<string, string>(); // key → claim id
      const unanswered: { key: string; span: (typeof spans)[number] }[] = [];
      const flag = async (key: string, span: (typeof spans)[number]) => {
        const response = await fetch(`${base}/api/documents/${SLUG}/claims`, {
          method: "POST",
          headers: { "Content-Type": "application/json", "Idempotency-Key": key, cookie },
          body: JSON.stringify(span),
          signal: AbortSignal.timeout(10_000),
        }).catch(() => null);
        // An answer cut off mid-body (the server died while sending it) is no answer.
        const body = response?.status === 201 ? await response.json().catch(() => null) : null;
        if (body?.id) acknowledged.set(key, body.id);
        else unanswered.push({ key, span });
      };

      const queue = spans.map((span, i) => ({ key: `burst-${i}`, span }));
      let killed = false;
      const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          if (!killed && acknowledged.size >= WRITES / 3) {
            killed = true;
            const pid = serverPid(port);
            expect(pid, "the server process").not.toBeNull();
            process.kill(pid!, "SIGKILL");
          }
          await flag(next.key, next.span);
        }
      };
      await Promise.all(Array.from({ length: PARALLEL }, worker));
      expect(killed).toBe(true);
      expect(unanswered.length, "some writes hit the dead server").toBeGreaterThan(0);

      // The supervisor restarts it; the client retries what got no answer, with the same keys.
      await waitUntilServing(`${base}/`);
      expect(supervisor.log()).toMatch(/the server was killed by SIGKILL .*; restarting in \d+ ms/);
      for (const { key, span } of unanswered.splice(0)) await flag(key, span);
      expect(unanswered).toEqual([]);

      const claims = (await (await fetch(`${base}/api/documents/${SLUG}/claims`)).json()) as { id: string }[];
      const stored = new Set(claims.map((c) => c.id));
      expect([...acknowledged.values()].filter((id) => !stored.has(id))).toEqual([]);
      // One claim per key: nothing was written twice.
      expect(claims).toHaveLength(spans.length);
      expect(new Set(acknowledged.values()).size).toBe(spans.length);
    } finally {
      await supervisor.stop();
      await dropTestDatabase();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
