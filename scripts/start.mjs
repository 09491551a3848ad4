#!/usr/bin/env node
// `npm start`: everything a fresh clone needs to serve Claimmark, idempotent on every start.
//  1. apply the migrations (SQLite file under data/, or PostgreSQL from DATABASE_URL)
//  2. seed the essay once and settle the session secret (scripts/prepare.ts)
//  3. build the app when there is no build or the sources are newer than it
//  4. serve on PORT (default 3000)
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const run = (cmd, args, env = process.env) => execFileSync(cmd, args, { stdio: "inherit", env });

const port = process.env.PORT || "3000";
// The same choice as lib/db/database-url.ts (this script is plain JavaScript and cannot
// import it): postgresql:// is PostgreSQL; file:… or SQLITE_PATH name the SQLite file.
const databaseUrl = process.env.DATABASE_URL?.trim() ?? "";
const usesPostgres = /^postgres(ql)?:\/\//.test(databaseUrl);
const sqlitePath = databaseUrl.startsWith("file:") ? databaseUrl.slice("file:".length) : process.env.SQLITE_PATH?.trim() || "data/app.db";
if (!usesPostgres) fs.mkdirSync(path.dirname(path.resolve(sqlitePath)), { recursive: true });

// SQLite: Prisma's own migrate deploy. PostgreSQL: scripts/prepare.ts runs
// lib/db/postgres-migrator.ts instead (Prisma 6.19's migrate fails through adapter-pg).
if (!usesPostgres) run(bin("prisma"), ["migrate", "deploy"], { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" });

const secretFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-")), "secret");
run(bin("tsx"), ["scripts/prepare.ts"], { ...process.env, CLAIMMARK_SECRET_FILE: secretFile });
const secret = process.env.NEXTAUTH_SECRET || fs.readFileSync(secretFile, "utf8");
fs.rmSync(path.dirname(secretFile), { recursive: true, force: true });

// The build renders the not-found page through the root layout, which reads the session.
if (needsBuild()) run(bin("next"), ["build"], { ...process.env, NEXTAUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" });

// CLAIMMARK_MAX_HEAP_MB caps the server's V8 heap (not the build's; default 384): V8
// otherwise grows its heap lazily, and under load the server's RSS climbed past 900 MB
// while it needs far less live (npm run bench: 313 MB RSS with a 256 MB cap, no errors).
const heapMb = Number(process.env.CLAIMMARK_MAX_HEAP_MB || 384);
if (!Number.isInteger(heapMb) || heapMb < 128) throw new Error(`CLAIMMARK_MAX_HEAP_MB must be a whole number of MB, at least 128; got "${process.env.CLAIMMARK_MAX_HEAP_MB}"`);
const heap = [`--max-old-space-size=${heapMb}`];
const nextCli = path.join(root, "node_modules", "next", "dist", "bin", "next");
const server = spawn(process.execPath, [...heap, nextCli, "start", "-p", port, ...(process.env.HOSTNAME ? ["-H", process.env.HOSTNAME] : [])], {
  stdio: "inherit",
  env: { ...process.env, NEXTAUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}` },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

/** True when .next has no build, or any source file changed after the last build. */
function needsBuild() {
  const stamp = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(stamp)) return true;
  const built = fs.statSync(stamp).mtimeMs;
  const sources = ["app", "components", "lib", "server", "next.config.js", "package-lock.json", "prisma/schema.prisma"];
  return sources.some((entry) => newerThan(path.join(root, entry), built));
}

function newerThan(file, time) {
  if (!fs.existsSync(file)) return false;
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs > time;
  return fs.readdirSync(file).some((name) => newerThan(path.join(file, name), time));
}
