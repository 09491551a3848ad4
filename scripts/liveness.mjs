// The supervisor's liveness check (scripts/start.mjs): a server whose process is alive but whose
// event loop is frozen (a runaway conversion, an endless loop) answers nothing and is never
// restarted by watching for exits alone. This polls its health endpoint, answered by node:http
// before Next.js (scripts/serve.mjs), and calls `onDead` after `misses` unanswered polls in a row.

export const LIVENESS_INTERVAL_MS = 5_000;
export const LIVENESS_TIMEOUT_MS = 2_000;
export const LIVENESS_MISSES = 3;

/**
 * Starts polling; returns a stop function. Misses count once the server has answered once, or
 * once a start-up grace (20 intervals) has passed without an answer (a server that froze before
 * its first answer is stuck too); a poll never overlaps the previous one.
 */
export function watchLiveness({
  check,
  onDead,
  intervalMs = LIVENESS_INTERVAL_MS,
  misses = LIVENESS_MISSES,
  graceMs = 20 * intervalMs,
}) {
  const startedAt = Date.now();
  let answeredOnce = false;
  let missed = 0;
  let stopped = false;
  let timer = null;
  const poll = async () => {
    if (stopped) return;
    const alive = await check().catch(() => false);
    if (stopped) return;
    if (alive) {
      answeredOnce = true;
      missed = 0;
    } else if ((answeredOnce || Date.now() - startedAt >= graceMs) && ++missed >= misses) {
      stopped = true;
      onDead(missed);
      return;
    }
    timer = setTimeout(poll, intervalMs);
  };
  timer = setTimeout(poll, intervalMs);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}

/** One health check: true when GET `url` answers 200 within `timeoutMs`. */
export async function answersHealth(url, timeoutMs = LIVENESS_TIMEOUT_MS) {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  await response.arrayBuffer();
  return response.status === 200;
}
