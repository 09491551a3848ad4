import { createHash } from "node:crypto";
import PQueue from "p-queue";
import { env } from "./env";
import { RelaunchingChromium } from "./headless-chromium";
import { loadWithReportFonts } from "./report-fonts";

export class PdfUnavailableError extends Error {}
/** The print queue is full: the caller should come back after `retryAfterSeconds`. */
export class PdfBusyError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("Claimmark is printing other PDFs right now. Try again in a few seconds.");
  }
}

/** Jobs that may wait behind the ones printing; past that, 503 at once. */
const MAX_WAITING = 4;
/** Prints one client (a person, or a visitor's address) may have queued or running at once. */
const MAX_PER_CLIENT = 1;
const inFlight = new Map<string, Promise<Buffer>>();
const perClient = new Map<string, number>();
/** Printed PDFs kept for repeated downloads of an unchanged report. */
const CACHE_ENTRIES = 16;
const CACHE_BYTES = 64 * 1024 * 1024;

let queue: PQueue | undefined;
const cache = new Map<string, Buffer>();

// Relaunched after a crash or a kill, so one lost Chromium does not fail every later PDF.
const printer = new RelaunchingChromium(
  [],
  (message, path) =>
    new PdfUnavailableError(
      `PDF export needs Chromium at ${path} (apt-get install -y chromium, or set CHROMIUM_PATH): ${message}`,
    ),
);

async function print(html: string, timeoutMs: number): Promise<Buffer> {
  const b = await printer.get(env().CHROMIUM_PATH);
  const context = await b.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    // The report's fonts come from the app's own packages, never from the machine or a network.
    await loadWithReportFonts(page, html, { timeout: timeoutMs });
    // Font files a character needs are asked for during layout, which can come after "load":
    // printed before they arrive, those characters are missing glyphs that read back as nothing.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({
      format: "A4",
      // Verdict chips keep their colours on paper.
      printBackground: true,
      margin: { top: "18mm", bottom: "18mm", left: "15mm", right: "15mm" },
    });
  } finally {
    await context.close().catch(() => undefined);
  }
}

function remember(key: string, pdf: Buffer): void {
  cache.delete(key);
  cache.set(key, pdf);
  let bytes = [...cache.values()].reduce((sum, b) => sum + b.byteLength, 0);
  while (cache.size > CACHE_ENTRIES || bytes > CACHE_BYTES) {
    const oldest = cache.keys().next().value!;
    bytes -= cache.get(oldest)!.byteLength;
    cache.delete(oldest);
  }
}

/**
 * Prints an HTML document to PDF with headless Chromium: the PDF is the HTML report, its
 * text selectable and searchable. One browser per server process, a fresh context per PDF
 * that never loads anything from the network. Jobs go through a queue (PDF_CONCURRENCY at
 * once, a few waiting, PdfBusyError past that), each with a timeout (PDF_TIMEOUT_SECONDS);
 * a PDF of a report whose content has not changed (`cacheKey`, the report's ETag) is served
 * from memory.
 */
export async function htmlToPdf(html: string, cacheKey?: string, client = "anyone"): Promise<Buffer> {
  const key = cacheKey ?? createHash("sha256").update(html).digest("base64url");
  const cached = cache.get(key);
  if (cached) return cached;
  // The same report asked for again while it prints waits for that print, whoever asked.
  const printing = inFlight.get(key);
  if (printing) return printing;
  const e = env();
  queue ??= new PQueue({ concurrency: e.PDF_CONCURRENCY });
  const retryAfter = Math.max(5, e.PDF_TIMEOUT_SECONDS / 4);
  if (queue.size >= MAX_WAITING) throw new PdfBusyError(retryAfter);
  // One print at a time per client: a few clients cannot keep the shared queue full.
  if ((perClient.get(client) ?? 0) >= MAX_PER_CLIENT) throw new PdfBusyError(retryAfter);
  perClient.set(client, (perClient.get(client) ?? 0) + 1);
  const job = printQueued(html, key, e.PDF_TIMEOUT_SECONDS).finally(() => {
    inFlight.delete(key);
    const left = (perClient.get(client) ?? 1) - 1;
    if (left > 0) perClient.set(client, left);
    else perClient.delete(client);
  });
  inFlight.set(key, job);
  return job;
}

/** One print through the shared queue, under its timeout; kept for repeated downloads. */
async function printQueued(html: string, key: string, timeoutSeconds: number): Promise<Buffer> {
  const timeoutMs = timeoutSeconds * 1000;
  const tooLong = `The PDF took longer than ${timeoutSeconds} seconds to print. Try the HTML or Markdown report.`;
  const pdf = await queue!.add(
    () =>
      Promise.race([
        print(html, timeoutMs),
        new Promise<never>((_, reject) =>
          setTimeout(() => reject(new PdfUnavailableError(tooLong)), timeoutMs).unref(),
        ),
      ]),
    { throwOnTimeout: true },
  );
  remember(key, pdf);
  return pdf;
}
