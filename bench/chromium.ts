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
 * What a paint timing waits for: "painted", every highlight on the screen, from the server's
 * page (a long text's, complete once the HTML is parsed; components/reader/text/static-document.tsx)
 * or from the editor; "ready", the editor's highlights, which can be clicked.
 */
export type PaintedWhen = "painted" | "ready";

/**
 * Opens a reader page and waits until `marks` claim highlights are in it and painted (the frame
 * after they appear): what "the highlights are there" means to every paint timing.
 */
export async function openUntilPainted(
  page: Page,
  url: string,
  marks: number,
  timeoutMs: number,
  when: PaintedWhen = "painted",
): Promise<void> {
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(
    ([n, serverCounts]) =>
      document.querySelectorAll("mark[data-claim-id]").length >= n ||
      (serverCounts &&
        document.readyState !== "loading" &&
        document.querySelectorAll(".document-text-static mark.claim-mark").length >= n),
    [marks, when === "painted"] as const,
    { timeout: timeoutMs, polling: 50 },
  );
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
}
