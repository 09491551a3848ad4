import { chromium, type Browser } from "playwright-core";
import { HEADLESS_CHROMIUM_ARGS } from "../server/headless-chromium";

/** The benchmark's own Chromium (Debian's, or CHROMIUM_PATH), with the server's headless switches. */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: HEADLESS_CHROMIUM_ARGS,
  });
}
