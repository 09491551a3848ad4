// One file for the whole benchmark run: every script (the main one, import, suggestions,
// evidence, the eval) records its table here under its own name, with each row's target, whether
// the row meets it, and the machine's load around the phase that produced it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface BenchRow {
  measure: string;
  value: number | string;
  unit: string;
  /** "< 300", "≥ 0.5", "0", or "" when the row is context, not a goal. */
  target: string;
  /** The 1-minute load average before and after the load phase that produced the row. */
  load?: { before: number; after: number };
}

export interface RecordedRow extends BenchRow {
  /** True or false when the target is a comparison this file can read; absent otherwise. */
  meetsTarget?: boolean;
  /** Said beside the figure when the machine was busier than its cores during the phase. */
  note?: string;
}

export const RESULTS_FILE = path.resolve(__dirname, "results.json");

/** Reads a target like "< 300", "≤ 50 ms", "≥ 0.5", ">= 95 %" or "0" and checks a value against it. */
export function meetsTarget(value: number | string, target: string): boolean | undefined {
  if (typeof value !== "number" || Number.isNaN(value)) return undefined;
  const match = target.trim().match(/^(<=|>=|≤|≥|<|>|=)?\s*(-?\d+(?:[.,]\d+)?)(?:\s*[a-z%/×]*)?(?:\s*\(.*\))?$/i);
  if (!match) return undefined;
  const limit = Number(match[2]!.replace(",", "."));
  switch (match[1] ?? "=") {
    case "<":
      return value < limit;
    case "<=":
    case "≤":
      return value <= limit;
    case ">":
      return value > limit;
    case ">=":
    case "≥":
      return value >= limit;
    default:
      return value === limit;
  }
}

/** The 1-minute load average now, rounded. */
export const loadAverage = () => Math.round(os.loadavg()[0]! * 100) / 100;

/** Runs a load phase and returns its result with the machine's load before and after it. */
export async function withLoad<T>(
  phase: () => Promise<T>,
): Promise<{ result: T; load: { before: number; after: number } }> {
  const before = loadAverage();
  const result = await phase();
  return { result, load: { before, after: loadAverage() } };
}

function annotate(row: BenchRow): RecordedRow {
  const out: RecordedRow = { ...row };
  const meets = meetsTarget(row.value, row.target);
  if (meets !== undefined) out.meetsTarget = meets;
  const cores = os.cpus().length;
  if (row.load && Math.max(row.load.before, row.load.after) > cores) {
    out.note = `measured on a busy machine: load ${row.load.before} → ${row.load.after} on ${cores} cores`;
  }
  return out;
}

/** Replaces one section of bench/results.json (keeping the others from earlier scripts of the run). */
export function recordResults(section: string, rows: BenchRow[], extra: Record<string, unknown> = {}): void {
  let file: { machine?: unknown; sections?: Record<string, unknown> } = {};
  try {
    file = JSON.parse(fs.readFileSync(RESULTS_FILE, "utf8")) as typeof file;
  } catch {
    // first script of the run, or an older file: start afresh
  }
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  };
  const sections = {
    ...(file.sections ?? {}),
    [section]: { date: new Date().toISOString(), rows: rows.map(annotate), ...extra },
  };
  fs.writeFileSync(RESULTS_FILE, JSON.stringify({ machine, sections }, null, 2) + "\n");
}

/** Prints a table as Markdown, with whether each row meets its target. */
export function printTable(title: string, rows: BenchRow[]): void {
  console.log(`\n${title}`);
  console.log("| measure | value | target | meets |\n|---|---|---|---|");
  for (const row of rows.map(annotate)) {
    const meets = row.meetsTarget === undefined ? "" : row.meetsTarget ? "yes" : "**no**";
    console.log(
      `| ${row.measure} | ${row.value} ${row.unit} | ${row.target} | ${meets}${row.note ? ` (${row.note})` : ""} |`,
    );
  }
}
