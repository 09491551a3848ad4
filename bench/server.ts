import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..");

const BENCH_SECRET = `bench-${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** Serves the production build through `npm start`'s script on 127.0.0.1, for a benchmark; resolves once it answers. */
export async function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const server = spawn("node", ["scripts/start.mjs"], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXTAUTH_SECRET: BENCH_SECRET,
      CLAIMMARK_BENCH: "1",
      // One synthetic user makes every request from one address: the limits stay on (their
      // database work is part of what is measured) but far above what the load sends.
      SIGNIN_LIMIT_PER_IP: "100000",
      WRITE_LIMIT_PER_MINUTE: "10000000",
      TOKEN_LIMIT_PER_MINUTE: "10000000",
      EXPORT_LIMIT_PER_MINUTE: "100000",
      SEARCH_LIMIT_PER_MINUTE: "100000",
      // 200 readers' streams from this one address (the "live" section).
      STREAM_LIMIT_PER_CLIENT: "1000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // still starting (or building)
    }
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not start in 5 minutes");
}

export function stopServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
    setTimeout(() => server.kill("SIGKILL"), 5000).unref();
  });
}
