/**
 * Rows per statement (or per transaction) when many are written beside a request: small enough
 * that a request waiting for SQLite's one connection waits tens of milliseconds, not the whole
 * write (npm run bench, "imports": the home page's p95 94 ms during the largest import at 150,
 * 236 ms at 500; 11 s without the pause between batches).
 */
export const WRITE_BATCH = 150;

/**
 * Writes items a batch at a time, pausing between batches so the requests waiting for the
 * connection have it: a loop of awaited writes alone takes it back before they get a turn.
 */
export async function writeInBatches<T>(items: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += WRITE_BATCH) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await write(items.slice(i, i + WRITE_BATCH));
  }
}
