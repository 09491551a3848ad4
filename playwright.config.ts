import { defineConfig, devices } from "@playwright/test";
import { HEADLESS_CHROMIUM_ARGS } from "./server/headless-chromium";

const port = Number(process.env.E2E_PORT ?? 3100);
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// End-to-end tests drive Debian's Chromium (Playwright's own browser download cannot run
// here) against a production build served by `npm start` on a throwaway SQLite file.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    // The interface follows the browser's languages: the tests read it in English wherever they run.
    locale: "en-US",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: HEADLESS_CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1400, height: 900 } },
      dependencies: ["setup"],
    },
    // Flows that must work on a phone too: 390×844 with touch and a mobile viewport (since the
    // bottom sheet, taps in the claim's forms land where they should).
    {
      name: "phone",
      testMatch: /(panel-bugs|collaboration)\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
      dependencies: ["setup"],
    },
  ],
  webServer: {
    command: "rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm && node scripts/start.mjs",
    // The server listens on 127.0.0.1 only (HOST's default); the browser reaches it as localhost.
    url: `http://127.0.0.1:${port}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    // npm start supervises its server and worker in process groups of their own: SIGTERM lets it
    // stop them, where Playwright's default SIGKILL would leave them to notice on their own.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    env: {
      PORT: String(port),
      SQLITE_PATH: "data/e2e.db",
      DATABASE_URL: "",
      // No NEXTAUTH_URL, as on a fresh install (scripts/start.mjs reads "" as unset): links
      // follow the address each request used.
      NEXTAUTH_URL: "",
      // Every e2e request comes from 127.0.0.1: the per-address limits would count the whole
      // suite as one visitor. The (email, address) lock stays at 10 failures and is tested.
      SIGNIN_LIMIT_PER_IP: "1000",
      SIGNUP_LIMIT_PER_IP: "1000",
      EXPORT_LIMIT_PER_MINUTE: "1000",
      SEARCH_LIMIT_PER_MINUTE: "10000",
      // e2e/live.spec.ts opens 200 visitors' streams, all from this one address; the cap itself is
      // tested in e2e/live-limits.spec.ts against this number.
      STREAM_LIMIT_PER_CLIENT: "250",
      PUBLISHER_URL: `http://localhost:${port}`,
      // Imports fetch from a page server the tests start on 127.0.0.1.
      IMPORT_ALLOW_PRIVATE_HOSTS: "1",
      // Evidence capture too, from the page server e2e/evidence.spec.ts starts.
      CAPTURE_ALLOW_PRIVATE_HOSTS: "1",
      // One spec's flags and dismissals must not retrain the suggestions under another spec.
      SUGGESTIONS_AUTO_RETRAIN: "0",
    },
  },
});
