#!/usr/bin/env node
// `npm start`: everything a fresh clone needs to serve Claimmark, idempotent on every start.
//  1. apply the migrations (SQLite file under data/, or PostgreSQL from DATABASE_URL)
//  2. seed the essay once and settle the session secret (scripts/prepare.ts)
//  3. build the app when there is no build or the sources are newer than it
//  4. serve on HOST:PORT (default 127.0.0.1:3000) through scripts/serve.mjs, and restart the
//     server with a growing back-off whenever it dies (this process is the supervisor)
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { answersHealth, watchLiveness } from "./liveness.mjs";
import { localOrigin } from "./local-origin.mjs";
import { nextRestartDelay } from "./restart-policy.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
// Everything this process and its children create (the database, its WAL, the secret, the
// build) is readable by this user only.
process.umask(0o077);
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const run = (cmd, args, env = process.env) => execFileSync(cmd, args, { stdio: "inherit", env });
const log = (message) => console.log(`claimmark: ${message}`);

// An empty NEXTAUTH_URL means unset (next-auth would try to parse "" as a URL).
if (process.env.NEXTAUTH_URL === "") delete process.env.NEXTAUTH_URL;
const port = process.env.PORT || "3000";
const host = process.env.HOST || "127.0.0.1";
// The same choice as lib/db/database-url.ts (this script is plain JavaScript and cannot
// import it): postgresql:// is PostgreSQL; file:… or SQLITE_PATH name the SQLite file.
const databaseUrl = process.env.DATABASE_URL?.trim() ?? "";
const usesPostgres = /^postgres(ql)?:\/\//.test(databaseUrl);
const sqlitePath = path.resolve(
  databaseUrl.startsWith("file:")
    ? databaseUrl.slice("file:".length)
    : process.env.SQLITE_PATH?.trim() || "data/app.db",
);
if (!usesPostgres) {
  // data/ holds the database and the session secret: nobody else on the machine may read it.
  const dir = path.dirname(sqlitePath);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}

// SQLite: Prisma's own migrate deploy. PostgreSQL: scripts/prepare.ts runs
// lib/db/postgres-migrator.ts instead (Prisma 6.19's migrate fails through adapter-pg).
if (!usesPostgres) run(bin("prisma"), ["migrate", "deploy"], { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" });
if (!usesPostgres) {
  for (const suffix of ["", "-wal", "-shm"])
    if (fs.existsSync(sqlitePath + suffix)) fs.chmodSync(sqlitePath + suffix, 0o600);
}

const handoff = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-")), "secret");
run(bin("tsx"), ["scripts/prepare.ts"], {
  ...process.env,
  CLAIMMARK_SECRET_HANDOFF: handoff,
  CLAIMMARK_SQLITE_PATH: sqlitePath,
});
const secret = process.env.NEXTAUTH_SECRET || fs.readFileSync(handoff, "utf8");
fs.rmSync(path.dirname(handoff), { recursive: true, force: true });

// The build renders the not-found page through the root layout, which reads the session.
if (needsBuild())
  run(bin("next"), ["build"], { ...process.env, NEXTAUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" });

// CLAIMMARK_MAX_HEAP_MB caps the server's V8 heap (not the build's; default 384): V8
// otherwise grows its heap lazily, and under load the server's RSS climbed past 900 MB
// while it needs far less live (npm run bench: 313 MB RSS with a 256 MB cap, no errors).
const heapMb = Number(process.env.CLAIMMARK_MAX_HEAP_MB || 384);
if (!Number.isInteger(heapMb) || heapMb < 128)
  throw new Error(
    `CLAIMMARK_MAX_HEAP_MB must be a whole number of MB, at least 128; got "${process.env.CLAIMMARK_MAX_HEAP_MB}"`,
  );
const serverEnv = {
  ...process.env,
  // Where the app's files are, for the processes the server starts (imports).
  CLAIMMARK_ROOT: root,
  PORT: port,
  HOST: host,
  NEXTAUTH_SECRET: secret,
  NEXT_TELEMETRY_DISABLED: "1",
  // Without NEXTAUTH_URL, next-auth takes the origin from each request's Host (scripts/serve.mjs
  // decides which forwarded headers to believe), so sign-in and sign-out return people to the
  // address they came from instead of localhost.
  ...(process.env.NEXTAUTH_URL ? {} : { AUTH_TRUST_HOST: "1" }),
};

// How often the supervisor asks the server whether it is alive (HEALTH_CHECK_INTERVAL_MS, default
// 5 s); three unanswered checks in a row and it is restarted.
const healthEveryMs = Number(process.env.HEALTH_CHECK_INTERVAL_MS || 5_000);
if (!Number.isInteger(healthEveryMs) || healthEveryMs < 200)
  throw new Error(`HEALTH_CHECK_INTERVAL_MS must be a whole number of milliseconds, at least 200`);

let stopping = false;
const children = new Map();

/** Signals a child and everything it started (its process group: Chromium under the worker, say). */
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal); // the group is gone already, or the platform has none
  }
}

/**
 * Starts a child in a process group of its own and restarts it with a growing back-off
 * whenever it dies (this process is the supervisor). With `healthUrl`, a child that stops
 * answering it (scripts/liveness.mjs) is killed, group and all, and so restarted.
 */
function supervise(name, command, args, env, healthUrl) {
  let recentCrashes = [];
  const start = () => {
    const startedAt = Date.now();
    const child = spawn(command, args, { stdio: "inherit", env, detached: true });
    children.set(name, child);
    const stopWatching = healthUrl
      ? watchLiveness({
          check: () => answersHealth(healthUrl),
          intervalMs: healthEveryMs,
          onDead: (missed) => {
            log(
              `the ${name} did not answer ${healthUrl} ${missed} times in a row: it is stuck, killing it to restart it`,
            );
            killGroup(child, "SIGKILL");
          },
        })
      : () => undefined;
    child.on("exit", (code, signal) => {
      stopWatching();
      // Whatever the child left running (a Chromium it started) goes with it.
      killGroup(child, "SIGKILL");
      children.delete(name);
      if (stopping) {
        if (children.size === 0) process.exit(name === "server" ? (code ?? 0) : 0);
        return;
      }
      const why = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const delay = nextRestartDelay(recentCrashes, startedAt, Date.now());
      recentCrashes = delay.crashes;
      log(`the ${name} ${why} after ${Math.round((Date.now() - startedAt) / 1000)} s; restarting in ${delay.ms} ms`);
      setTimeout(start, delay.ms);
    });
  };
  start();
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopping = true;
    const alive = [...children.values()].filter((child) => child.exitCode === null && child.signalCode === null);
    if (alive.length === 0) process.exit(0);
    for (const child of alive) killGroup(child, signal);
    // A child that cannot stop (stuck, or stopped) is killed after 15 s rather than waited for.
    setTimeout(() => {
      for (const child of alive) if (child.exitCode === null && child.signalCode === null) killGroup(child, "SIGKILL");
    }, 15_000).unref();
  });
}
supervise(
  "server",
  process.execPath,
  [`--max-old-space-size=${heapMb}`, path.join(root, "scripts", "serve.mjs")],
  serverEnv,
  `${localOrigin(host, port)}/healthz`,
);
// The background worker (evidence capture, source re-checks): its own process, so Chromium's
// memory and crashes never touch the server. CAPTURE_WORKER=0 leaves it to another machine.
// Run by node itself with tsx's loader (no wrapper process that could outlive it).
// The worker runs Chromium on pages anyone can cite: it gets none of the server's secrets.
const SECRETS = ["NEXTAUTH_SECRET", "GITHUB_SECRET", "GOOGLE_CLIENT_SECRET", "CLAIMMARK_ADMIN_PASSWORD"];
const workerEnv = Object.fromEntries(Object.entries(serverEnv).filter(([name]) => !SECRETS.includes(name)));
if (process.env.CAPTURE_WORKER !== "0")
  supervise("worker", process.execPath, ["--import", "tsx", path.join(root, "scripts", "worker.ts")], workerEnv);

/** True when .next has no build, or any source file changed after the last build. */
function needsBuild() {
  const stamp = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(stamp)) return true;
  const built = fs.statSync(stamp).mtimeMs;
  const sources = [
    "app",
    "components",
    "lib",
    "server",
    "proxy.ts",
    "next.config.js",
    "package-lock.json",
    "prisma/schema.prisma",
  ];
  return sources.some((entry) => newerThan(path.join(root, entry), built));
}

function newerThan(file, time) {
  if (!fs.existsSync(file)) return false;
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs > time;
  return fs.readdirSync(file).some((name) => newerThan(path.join(file, name), time));
}
