// Small measuring helpers for the benchmark: percentiles, timed requests, process memory.
import fs from "node:fs";

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Times `count` sequential GETs (full body read); throws on a non-2xx answer. */
export async function timeGets(url: string, count: number, headers: Record<string, string> = {}): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return times;
}

/** Every descendant of a process (and itself), from /proc. */
function processTree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(parents.get(out[i]!) ?? []));
  return out;
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`${field}:\\s+(\\d+) kB`));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function isChromium(pid: number): boolean {
  try {
    return /chrom/i.test(fs.readFileSync(`/proc/${pid}/comm`, "utf8"));
  } catch {
    return false;
  }
}

/** Which of `npm start`'s processes a pid is, read from its command line. */
function roleOf(pid: number): "server" | "worker" | "chromium" | "other" {
  if (isChromium(pid)) return "chromium";
  try {
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (command.includes("serve.mjs")) return "server";
    if (command.includes("worker.ts")) return "worker";
  } catch {
    // the process ended while we looked
  }
  return "other";
}

/**
 * Watches the process tree `npm start` makes. `serverPeakMb()` is the peak RSS of the app
 * server (scripts/serve.mjs), `workerPeakMb()` that of the background worker: counted together
 * as "the largest Node process", the worker's memory read as the server's. `chromiumPeakMb()`
 * is the summed RSS of the Chromium processes the server starts for PDFs, at their largest.
 */
export function watchMemory(rootPid: number): {
  serverPeakMb: () => number;
  workerPeakMb: () => number;
  chromiumPeakMb: () => number;
  stop: () => void;
} {
  let serverKb = 0;
  let workerKb = 0;
  let chromiumKb = 0;
  const peakOf = (pid: number) => Math.max(statusKb(pid, "VmHWM"), statusKb(pid, "VmRSS"));
  const sample = () => {
    let chromiumNow = 0;
    for (const pid of processTree(rootPid)) {
      const role = roleOf(pid);
      if (role === "chromium") chromiumNow += statusKb(pid, "VmRSS");
      else if (role === "server") serverKb = Math.max(serverKb, peakOf(pid));
      else if (role === "worker") workerKb = Math.max(workerKb, peakOf(pid));
    }
    chromiumKb = Math.max(chromiumKb, chromiumNow);
  };
  const timer = setInterval(sample, 200);
  return {
    serverPeakMb: () => {
      sample();
      if (serverKb === 0) throw new Error("watchMemory: no scripts/serve.mjs process in the tree to measure");
      return round(serverKb / 1024, 0);
    },
    workerPeakMb: () => {
      sample();
      return round(workerKb / 1024, 0);
    },
    chromiumPeakMb: () => round(chromiumKb / 1024, 0),
    stop: () => clearInterval(timer),
  };
}

/** The current RSS of the app server (scripts/serve.mjs) in a tree, in MB. */
export function serverRssMb(rootPid: number): number {
  let kb = 0;
  for (const pid of processTree(rootPid)) if (roleOf(pid) === "server") kb = Math.max(kb, statusKb(pid, "VmRSS"));
  return Math.round(kb / 1024);
}

/** Linux's clock ticks per second, the unit of a process's CPU times in /proc/<pid>/stat. */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * The CPU time the app server (scripts/serve.mjs) in a tree has used so far, user and system,
 * in ms (10 ms resolution). Its difference over a load divided by the requests answered is what
 * one request costs the server, which the load generator sharing the cores moves far less than
 * it moves requests a second.
 */
export function serverCpuMs(rootPid: number): number {
  for (const pid of processTree(rootPid)) {
    if (roleOf(pid) !== "server") continue;
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After the command: state is field 3 of stat(5), utime 14 and stime 15.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  }
  throw new Error("serverCpuMs: no scripts/serve.mjs process in the tree to measure");
}
