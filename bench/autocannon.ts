import { createRequire } from "node:module";

const require_ = createRequire(__filename);

/** autocannon's answer, the parts the benchmarks read. */
export interface AutocannonResult {
  /** `total`: requests completed (answered); `sent`: requests sent. */
  requests: { average: number; total: number; sent: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}

/** autocannon (CommonJS, no types of its own). */
export const autocannon = require_("autocannon") as (opts: Record<string, unknown>) => Promise<AutocannonResult>;

/**
 * Throws unless every completed request of a load answered `status`: a benchmark of refusals
 * or errors measures nothing, so it stops the run loudly instead of printing a figure.
 */
export function expectAll(what: string, result: AutocannonResult, status: number): void {
  const good = result.statusCodeStats[String(status)]?.count ?? 0;
  const bad = Object.entries(result.statusCodeStats)
    .filter(([code]) => code !== String(status))
    .map(([code, { count }]) => `${count} × ${code}`);
  if (good === 0 || good !== result.requests.total || result.errors || result.timeouts) {
    throw new Error(
      `${what}: ${good} of ${result.requests.total} requests answered ${status}` +
        (bad.length ? ` (also ${bad.join(", ")})` : "") +
        (result.errors ? `, ${result.errors} connection errors` : "") +
        (result.timeouts ? `, ${result.timeouts} timeouts` : "") +
        ": the figures would not measure what they say",
    );
  }
}
