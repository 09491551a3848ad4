import { percentile, round } from "./measure";

export interface PacedResult {
  sent: number;
  /** Answers by status code. */
  statuses: Record<string, number>;
  errors: number;
  p50: number;
  p99: number;
}

/**
 * Requests at an even pace — one every 1000/rate ms, each sent on time whether or not the
 * earlier ones were answered (an open loop, as independent people's clicks arrive) — for
 * `seconds`, and the latency of each. autocannon's `overallRate` is no substitute: it sends
 * each second's whole quota at the start of the second and waits out the rest, so its
 * latencies at "100 a second" are those of bursts of 100 at once.
 */
export async function pacedLoad(options: {
  url: string;
  rate: number;
  seconds: number;
  init: () => RequestInit;
}): Promise<PacedResult> {
  const interval = 1000 / options.rate;
  const total = Math.round(options.rate * options.seconds);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sentAt = performance.now();
    inFlight.push(
      fetch(options.url, options.init())
        .then(async (response) => {
          await response.arrayBuffer();
          latencies.push(performance.now() - sentAt);
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        })
        .catch(() => {
          errors++;
        }),
    );
  }
  await Promise.all(inFlight);
  return {
    sent: total,
    statuses,
    errors,
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
  };
}

/** Throws unless every paced request was answered with `status`. */
export function expectAllPaced(what: string, result: PacedResult, status: number): void {
  const good = result.statuses[String(status)] ?? 0;
  if (good !== result.sent || result.errors > 0)
    throw new Error(
      `${what}: ${good} of ${result.sent} requests answered ${status} (${JSON.stringify(result.statuses)}, ${result.errors} errors): the figures would not measure what they say`,
    );
}
