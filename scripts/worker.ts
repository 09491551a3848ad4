// The background worker (evidence capture and source re-checks), started and supervised by
// `npm start` beside the web server: Chromium's memory and crashes stay out of the process that
// answers people. Several instances each run one; they share the job queue in the database.
import { closeCaptureBrowser } from "../server/capture/capture-page";
import { getDb } from "../server/db";
import { captureQuotas, workerEnv } from "../server/env";
import { startWorker } from "../server/jobs/worker";
import { exitWithParent } from "./exit-with-parent.mjs";

async function main() {
  const settings = workerEnv();
  const db = await getDb();
  const worker = startWorker(db, {
    chromiumPath: settings.CHROMIUM_PATH,
    allowPrivateHosts: settings.CAPTURE_ALLOW_PRIVATE_HOSTS,
    maxCaptureBytes: settings.CAPTURE_MAX_MB * 1024 * 1024,
    captureQuotas: captureQuotas(settings),
    concurrency: settings.CAPTURE_CONCURRENCY,
    recheckHours: settings.SOURCE_RECHECK_HOURS,
    autoRetrain: settings.SUGGESTIONS_AUTO_RETRAIN,
  });
  console.log(
    `claimmark worker: running (${settings.CAPTURE_CONCURRENCY} at a time, re-checking sources every ${settings.SOURCE_RECHECK_HOURS} h)`,
  );
  const shutdown = () => {
    void worker
      .stop()
      .then(closeCaptureBrowser)
      .then(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, shutdown);
  exitWithParent(shutdown);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
