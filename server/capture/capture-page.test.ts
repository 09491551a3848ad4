import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CaptureFailed, capturePage, closeCaptureBrowser } from "./capture-page";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// A 1×1 red PNG.
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64",
);

describe("capturePage (Chromium)", () => {
  let server: http.Server;
  let base: string;
  const requested: string[] = [];

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      requested.push(request.url ?? "");
      if (request.url === "/style.css")
        return response
          .writeHead(200, { "content-type": "text/css" })
          .end("body { background: #ffeeaa; } h1 { color: #b42318; }");
      if (request.url === "/pixel.png") return response.writeHead(200, { "content-type": "image/png" }).end(PIXEL);
      if (request.url === "/moved") return response.writeHead(302, { location: "/article" }).end();
      if (request.url === "/leaves")
        return response
          .writeHead(200, { "content-type": "text/html" })
          .end(`<title>Bye</title><p>Going.</p><script>location.replace("http://127.0.0.1:9/inside");</script>`);
      if (request.url === "/missing")
        return response
          .writeHead(404, { "content-type": "text/html" })
          .end("<title>Not here</title><p>No such page.</p>");
      if (request.url === "/article")
        return response.writeHead(200, { "content-type": "text/html; charset=utf-8", "set-cookie": "tracker=1" })
          .end(`<!doctype html><html><head><title>Metro ridership</title><link rel="stylesheet" href="/style.css"></head>
<body><article><h1>Metro ridership in 2023</h1><p>The metro carried 480 million riders in 2023, according to the annual report of the transit authority.</p>
<img src="/pixel.png" alt="chart"></article><script>fetch("/beacon", { method: "POST", body: "x" });</script></body></html>`);
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await closeCaptureBrowser();
    await new Promise((resolve) => server.close(resolve));
  });

  it("keeps an MHTML archive, a full-page screenshot and a PDF with their SHA-256, after following a redirect", async () => {
    const result = await capturePage(`${base}/moved`, {
      chromiumPath,
      allowPrivateHosts: true,
      maxBytes: 15 * 1024 * 1024,
    });
    expect(result.httpStatus).toBe(200);
    expect(result.finalUrl).toBe(`${base}/article`);
    expect(result.title).toBe("Metro ridership");
    expect(result.text).toContain("480 million riders");
    // The page's resources were fetched through the guard, the script's POST was not sent.
    expect(requested).toEqual(expect.arrayContaining(["/moved", "/article", "/style.css", "/pixel.png"]));
    expect(requested).not.toContain("/beacon");
    expect(Buffer.from(result.png.subarray(1, 4)).toString()).toBe("PNG");
    expect(Buffer.from(result.pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    const mhtml = Buffer.from(result.mhtml).toString("utf8");
    expect(mhtml).toContain("multipart/related");
    expect(mhtml).toContain("style.css");
    expect(result.sha256.png).toMatch(/^[0-9a-f]{64}$/);
    expect(result.sha256.mhtml).not.toBe(result.sha256.pdf);
    // Cookies the page set stay out of what is kept.
    expect(Object.keys(result.headers).map((h) => h.toLowerCase())).not.toContain("set-cookie");
  });

  it("records the status of a page that answers 404", async () => {
    const result = await capturePage(`${base}/missing`, {
      chromiumPath,
      allowPrivateHosts: true,
      maxBytes: 15 * 1024 * 1024,
    });
    expect(result.httpStatus).toBe(404);
    expect(result.title).toBe("Not here");
  });

  it("refuses a page on a loopback or private address unless allowed, saying why", async () => {
    await expect(
      capturePage(`${base}/article`, { chromiumPath, allowPrivateHosts: false, maxBytes: 15 * 1024 * 1024 }),
    ).rejects.toThrow(/private, loopback, link-local or multicast/);
    await expect(
      capturePage(`http://169.254.169.254/latest/meta-data/`, {
        chromiumPath,
        allowPrivateHosts: false,
        maxBytes: 15 * 1024 * 1024,
      }),
    ).rejects.toBeInstanceOf(CaptureFailed);
  });

  it("fails a page that sends the browser to an address it may not fetch, instead of keeping Chromium's error page", async () => {
    await expect(
      capturePage(`${base}/leaves`, { chromiumPath, allowPrivateHosts: true, maxBytes: 15 * 1024 * 1024 }),
    ).rejects.toThrow(/sent the browser on to http:\/\/127\.0\.0\.1:9\/inside/);
  });

  it("refuses a capture over the size cap", async () => {
    await expect(
      capturePage(`${base}/article`, { chromiumPath, allowPrivateHosts: true, maxBytes: 20_000 }),
    ).rejects.toThrow(/over the 0 MB limit|CAPTURE_MAX_MB|larger than/);
  });
});
