import { createHash } from "node:crypto";
import type { Frame, Route } from "playwright-core";
import { htmlPageToDoc } from "@/lib/import/from-html";
import { plainTextOfDoc } from "@/lib/document/blocks";
import { FetchRefused, guardedFetch, type FetchedPage } from "@/lib/net/guarded-fetch";
import type { CaptureResult } from "@/lib/data/evidence/captures";
import { RelaunchingChromium } from "../headless-chromium";

export interface CaptureOptions {
  chromiumPath: string;
  allowPrivateHosts: boolean;
  maxBytes: number;
  navigationTimeoutMs?: number;
}

/** A capture that cannot be made, with the reason people read. */
export class CaptureFailed extends Error {}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const USER_AGENT = "Mozilla/5.0 (compatible; Claimmark evidence capture)";

const captureBrowser = new RelaunchingChromium(
  [
    // Every request is answered by the route handler below. Whatever would slip past it
    // (a WebSocket, a prefetch) meets a proxy that does not exist, loopback included, and
    // WebRTC may not send UDP around it.
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
  ],
  (message, path) => new CaptureFailed(`Capturing needs Chromium at ${path}: ${message}`),
);

/** Closes the capture browser (a worker shutting down). */
export function closeCaptureBrowser(): Promise<void> {
  return captureBrowser.close();
}

/**
 * Captures a page with Chromium: an MHTML snapshot with its resources, a full-page PNG, a PDF
 * print, the status and final address, the title and the main text, each file's SHA-256.
 *
 * Isolation: a fresh browser context per capture (no cookies, storage or service workers, no
 * downloads, no WebSockets), and every request the page makes (the page, each resource, each
 * redirect hop) is fetched by the server's own guarded fetch (lib/net, shared with document
 * import) and handed to Chromium, so an address that resolves to a loopback, private, link-local or
 * multicast host is refused at the connection, not only at a DNS check. Only GET; a size cap
 * over all responses together; a 20 s navigation timeout. The page never reaches the app's
 * origin: it is rendered in this worker's browser and its files are served as downloads.
 */
export async function capturePage(url: string, options: CaptureOptions): Promise<CaptureResult> {
  const timeout = options.navigationTimeoutMs ?? 20_000;
  let budget = options.maxBytes;
  // The page itself is fetched first, redirects followed and each hop checked by the guard;
  // Chromium is then pointed at the final address and handed this very response. (Chromium
  // follows a redirect answered by a route handler without asking the handler again, so no
  // redirect is ever handed to it.)
  let main: FetchedPage;
  try {
    main = await guardedFetch(url, {
      allowPrivateHosts: options.allowPrivateHosts,
      maxBytes: budget,
      timeoutMs: timeout,
      maxRedirects: 5,
      acceptErrorStatus: true,
      userAgent: USER_AGENT,
    });
  } catch (error) {
    throw new CaptureFailed(
      error instanceof FetchRefused ? error.message : `Could not fetch the page: ${(error as Error).message}`,
    );
  }
  budget -= main.body.length;
  // Only a page that answered is worth a browser (an unreachable address fails above, without one).
  const context = await (
    await captureBrowser.get(options.chromiumPath)
  ).newContext({
    acceptDownloads: false,
    serviceWorkers: "block",
    userAgent: USER_AGENT,
    viewport: { width: 1280, height: 900 },
  });
  let prefetched: FetchedPage | null = main;
  // Where the page sent the browser after it loaded (a script or a meta refresh), and why that
  // failed: the capture must be of the cited page, never of Chromium's error page.
  let leftFor: { url: string; reason: string } | null = null;
  let mainFrame: Frame | null = null;
  const keptHeaders = (raw: FetchedPage["headers"]) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(raw)) {
      if (
        value === undefined ||
        /^(content-encoding|transfer-encoding|content-length|set-cookie|connection|location)$/i.test(name)
      )
        continue;
      headers[name] = Array.isArray(value) ? value.join(", ") : value;
    }
    return headers;
  };
  const handle = async (route: Route) => {
    const request = route.request();
    if (request.method() !== "GET" && request.method() !== "HEAD") return route.abort("blockedbyclient");
    if (prefetched && request.isNavigationRequest() && request.url() === prefetched.url) {
      const page = prefetched;
      prefetched = null;
      return route.fulfill({ status: page.status, headers: keptHeaders(page.headers), body: page.body });
    }
    const leaving = request.isNavigationRequest() && mainFrame !== null && request.frame() === mainFrame;
    try {
      const fetched = await guardedFetch(request.url(), {
        allowPrivateHosts: options.allowPrivateHosts,
        maxBytes: Math.max(1, budget),
        timeoutMs: timeout,
        maxRedirects: 5,
        acceptErrorStatus: true,
        userAgent: USER_AGENT,
        accept: request.headers()["accept"] ?? "*/*",
      });
      budget -= fetched.body.length;
      await route.fulfill({ status: fetched.status, headers: keptHeaders(fetched.headers), body: fetched.body });
    } catch (error) {
      if (leaving) leftFor = { url: request.url(), reason: (error as Error).message };
      await route
        .abort(error instanceof FetchRefused && error.status === 422 ? "blockedbyclient" : "failed")
        .catch(() => undefined);
    }
  };
  await context.route("**/*", handle);
  await context.routeWebSocket(/.*/, (socket) => socket.close());
  const page = await context.newPage();
  mainFrame = page.mainFrame();
  try {
    page.setDefaultTimeout(timeout);
    try {
      await page.goto(main.url, { waitUntil: "load", timeout });
    } catch (error) {
      throw new CaptureFailed(
        /Timeout/i.test((error as Error).message)
          ? `The page did not finish loading within ${timeout / 1000} s.`
          : `The page could not be opened: ${(error as Error).message.split("\n")[0]}`,
      );
    }
    // A page that sends the browser on (a script, a meta refresh) gets a moment to do so.
    await page.waitForLoadState("networkidle", { timeout: 2_000 }).catch(() => undefined);
    const left = leftFor as { url: string; reason: string } | null;
    if (left) throw new CaptureFailed(`The page sent the browser on to ${left.url}, which was refused: ${left.reason}`);
    if (!/^https?:/i.test(page.url()))
      throw new CaptureFailed(`The page ended on ${page.url()} instead of a web page: nothing was captured.`);
    const first = main;
    const cdp = await context.newCDPSession(page);
    const snapshot = (await cdp.send("Page.captureSnapshot", { format: "mhtml" })) as { data: string };
    const mhtml = Buffer.from(snapshot.data, "utf8");
    const png = await page.screenshot({ fullPage: true, type: "png" });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const html = await page.content();
    const title = (await page.title()) || null;
    const total = mhtml.length + png.length + pdf.length + first.body.length;
    if (total > options.maxBytes)
      throw new CaptureFailed(
        `The capture is ${(total / 1048576).toFixed(1)} MB, over the ${Math.round(options.maxBytes / 1048576)} MB limit (CAPTURE_MAX_MB).`,
      );
    const text = plainTextOfDoc(htmlPageToDoc(html, first.url).doc);
    return {
      httpStatus: first.status,
      finalUrl: page.url(),
      title,
      text,
      headers: keptHeaders(first.headers),
      html: first.body,
      mhtml,
      png,
      pdf,
      sha256: { html: sha256(first.body), mhtml: sha256(mhtml), png: sha256(png), pdf: sha256(pdf) },
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}
