import { chromium, type Browser } from "playwright-core";
import { chromiumLaunch } from "./chromium-launch";
import { appRoot, chromiumSettings, minimalEnvironment } from "./env";

/**
 * Chromium's switches for a headless browser the server drives (PDF printing, evidence capture): no GPU,
 * background traffic or first-run work. The sandbox is on (server/chromium-launch.ts).
 */
export const HEADLESS_CHROMIUM_ARGS = [
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * One headless Chromium per process for one purpose, launched on first use. A Chromium that
 * crashed or was killed is launched again for the next job instead of every job failing until
 * the process restarts; a launch that fails becomes the caller's own error, naming the path.
 */
export class RelaunchingChromium {
  private browser: Promise<Browser> | undefined;

  constructor(
    private readonly extraArgs: readonly string[],
    private readonly failure: (message: string, executablePath: string) => Error,
  ) {}

  get(executablePath: string): Promise<Browser> {
    this.browser ??= this.launch(executablePath);
    return this.browser;
  }

  private launch(executablePath: string): Promise<Browser> {
    return Promise.resolve()
      .then(() => chromiumLaunch(executablePath, chromiumSettings(), process.getuid?.() === 0, appRoot()))
      .then((launch) =>
        chromium.launch({
          executablePath: launch.executablePath,
          // Playwright turns Chromium's sandbox off unless asked not to.
          chromiumSandbox: launch.sandbox,
          args: [...HEADLESS_CHROMIUM_ARGS, ...launch.args, ...this.extraArgs],
          env: { ...minimalEnvironment(), ...launch.env },
        }),
      )
      .then((launched) => {
        launched.on("disconnected", () => {
          this.browser = undefined;
        });
        return launched;
      })
      .catch((error: unknown) => {
        this.browser = undefined;
        throw this.failure((error as Error).message.split("\n")[0] ?? "unknown error", executablePath);
      });
  }

  async close(): Promise<void> {
    const open = this.browser;
    this.browser = undefined;
    if (open) await (await open).close().catch(() => undefined);
  }
}
