import { chromium, type Browser, type Page } from "playwright-core";
import { HEADLESS_CHROMIUM_ARGS } from "../server/headless-chromium";

/** The benchmark's own Chromium (Debian's, or CHROMIUM_PATH), with the server's headless switches. */
export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: HEADLESS_CHROMIUM_ARGS,
  });
}

/**
 * Opens a reader page and waits until `marks` claim highlights are in it and painted (the frame
 * after they appear): what "the highlights are there" means to every paint timing.
 */
export async function openUntilPainted(page: Page, url: string, marks: number, timeoutMs: number): Promise<void> {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction((n) => document.querySelectorAll("mark[data-claim-id]").length >= n, marks, {
    timeout: timeoutMs,
    polling: 50,
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
}
