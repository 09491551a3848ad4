import PQueue from "p-queue";
import { env } from "../env";
import { RelaunchingChromium } from "../headless-chromium";
import { loadWithReportFonts } from "../report-fonts";

export class ShareImageUnavailableError extends Error {}

const CACHE_ENTRIES = 128;
const cache = new Map<string, Buffer>();
const inFlight = new Map<string, Promise<Buffer>>();
// One card at a time: a share image is a small page, and a burst of new ones must not crowd out PDFs.
const queue = new PQueue({ concurrency: 1 });
const MAX_WAITING = 16;

const painter = new RelaunchingChromium(
  [],
  (message, path) =>
    new ShareImageUnavailableError(
      `Share images need Chromium at ${path} (apt-get install -y chromium, or set CHROMIUM_PATH): ${message}`,
    ),
);

/**
 * Paints a share card's HTML to a 1200×630 PNG, and says which font families drew it (the
 * bundled ones a script needs: "Noto Sans Arabic" for Arabic, "Noto Sans SC" for Chinese…).
 */
export async function paintShareCard(html: string): Promise<{ png: Buffer; fonts: string[] }> {
  const browser = await painter.get(env().CHROMIUM_PATH);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    offline: true,
    viewport: { width: 1200, height: 630 },
    deviceScaleFactor: 1,
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    // The card's fonts come from the app's own packages: every script shows, whatever the machine has.
    await loadWithReportFonts(page, html);
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...new Set([...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family))];
    });
    const png = await page.screenshot({ type: "png", clip: { x: 0, y: 0, width: 1200, height: 630 } });
    return { png, fonts: fonts.map((f) => f.replace(/^["']|["']$/g, "")) };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * A fact-check's share image, 1200×630 PNG, painted by headless Chromium from the card's HTML and
 * kept by `etag` (the fact-check's version and the desk's settings): painted once per change,
 * then answered from memory. The same card asked for while it paints waits for that paint.
 */
export function shareImage(etag: string, html: () => string): Promise<Buffer> {
  const cached = cache.get(etag);
  if (cached) return Promise.resolve(cached);
  const painting = inFlight.get(etag);
  if (painting) return painting;
  if (queue.size >= MAX_WAITING)
    return Promise.reject(new ShareImageUnavailableError("Too many share images are being made; try again shortly."));
  const job = queue
    .add(() => paintShareCard(html()), { throwOnTimeout: true })
    .then(({ png }) => {
      cache.set(etag, png);
      while (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
      return png;
    })
    .finally(() => inFlight.delete(etag));
  inFlight.set(etag, job);
  return job;
}
