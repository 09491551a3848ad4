// A supervised process (the server, the worker) runs in a process group of its own
// (scripts/start.mjs), so a signal to the supervisor's group no longer reaches it. Should the
// supervisor die without passing a signal on (SIGKILL, a crash), its children notice that
// their parent changed and shut down as on SIGTERM, instead of running on as orphans.

/** Calls `shutdown` once the process that started this one is gone; checks every `everyMs`. */
export function exitWithParent(shutdown, everyMs = 1_000) {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      shutdown();
    }
  }, everyMs);
  timer.unref();
}
