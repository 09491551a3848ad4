// How long the supervisor (scripts/start.mjs) waits before restarting a server that died.

/** A server that ran this long before dying counts as healthy: the back-off starts over. */
export const HEALTHY_RUN_MS = 60_000;
export const FIRST_DELAY_MS = 500;
export const MAX_DELAY_MS = 30_000;

/**
 * The delay before the next start and the crash history to keep: 0.5 s after a crash of a
 * server that had been running, doubling with each quick crash in a row (a server that cannot
 * start, e.g. a wrong environment variable), up to 30 s, so a crash loop neither spins the CPU
 * nor floods the log.
 */
export function nextRestartDelay(crashes, startedAt, now) {
  const kept = now - startedAt >= HEALTHY_RUN_MS ? [] : crashes;
  const next = [...kept, now];
  return { ms: Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (next.length - 1)), crashes: next };
}
