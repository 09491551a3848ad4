// Evidence capture speed and memory (issue 12), run by `npm run bench`. BENCH_ONLY=evidence runs
// only this. Prints numbers and records them in bench/results.json; asserts nothing.
import { execFileSync } from "node:child_process";
import { printTable, recordResults } from "../bench/results-file";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createTestDatabase } from "../lib/db/test-databases";
import { requestCaptures } from "../lib/data/evidence/captures";
import { capturePage, closeCaptureBrowser } from "../server/capture/capture-page";
import { startWorker } from "../server/jobs/worker";
import { captureQuotas, workerEnv } from "../server/env";
import { percentile, round } from "../bench/measure";

const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
if (only && !only.includes("evidence")) process.exit(0);

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const log = (line: string) => console.log(`[bench-evidence] ${line}`);
type Row = { measure: string; value: number; unit: string; target: string };
const rows: Row[] = [];

/** A page with 20 resources: 10 images, 5 stylesheets, 5 scripts. */
function pageServer(): Promise<{ base: string; close: () => Promise<void> }> {
  const pixel = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
    "base64",
  );
  const paragraphs = Array.from(
    { length: 40 },
    (_, i) => `<p>Paragraph ${i}: the agency reported ${i * 7} million in spending, up ${i}% on the year before.</p>`,
  ).join("");
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname.startsWith("/img/")) return res.writeHead(200, { "content-type": "image/png" }).end(pixel);
    if (url.pathname.startsWith("/css/"))
      return res
        .writeHead(200, { "content-type": "text/css" })
        .end(`p:nth-child(${url.pathname.length}) { color: #333; }`);
    if (url.pathname.startsWith("/js/"))
      return res.writeHead(200, { "content-type": "text/javascript" }).end(`window.loaded = (window.loaded || 0) + 1;`);
    const resources = [
      ...Array.from({ length: 10 }, (_, i) => `<img src="/img/${i}.png" width="20" height="20" alt="">`),
      ...Array.from({ length: 5 }, (_, i) => `<link rel="stylesheet" href="/css/${i}.css">`),
      ...Array.from({ length: 5 }, (_, i) => `<script src="/js/${i}.js"></script>`),
    ].join("");
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(
        `<!doctype html><title>Report ${url.search}</title>${resources}<article><h1>Spending report</h1>${paragraphs}</article>`,
      );
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

/** Resident memory of every Chromium process on the machine, in MB. */
function chromiumRssMb(): number {
  try {
    const out = execFileSync("ps", ["-eo", "rss=,comm="], { encoding: "utf8" });
    return (
      out
        .split("\n")
        .filter((l) => /chrom/i.test(l))
        .reduce((sum, l) => sum + Number(l.trim().split(/\s+/)[0] ?? 0), 0) / 1024
    );
  } catch {
    return 0;
  }
}

async function main() {
  const site = await pageServer();
  try {
    await capturePage(`${site.base}/warm`, { chromiumPath, allowPrivateHosts: true, maxBytes: 15 * 1024 * 1024 });
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await capturePage(`${site.base}/page?single=${i}`, {
        chromiumPath,
        allowPrivateHosts: true,
        maxBytes: 15 * 1024 * 1024,
      });
      times.push(performance.now() - started);
    }
    log(
      `capture of a page with 20 resources: p50 ${round(percentile(times, 50), 0)} ms, max ${round(Math.max(...times), 0)} ms`,
    );
    rows.push({
      measure: "capture a local page with 20 resources (p50 of 5)",
      value: round(percentile(times, 50), 0),
      unit: "ms",
      target: "< 5000",
    });
    await closeCaptureBrowser();

    const database = await createTestDatabase("sqlite");
    try {
      await database.db.$transaction(
        (tx) =>
          requestCaptures(
            tx,
            Array.from({ length: 100 }, (_, i) => `${site.base}/page?n=${i}`),
          ),
        { timeout: 60_000 },
      );
      const rssStart = process.memoryUsage().rss / 2 ** 20;
      let workerPeak = rssStart;
      let chromiumPeak = 0;
      const sampler = setInterval(() => {
        workerPeak = Math.max(workerPeak, process.memoryUsage().rss / 2 ** 20);
        chromiumPeak = Math.max(chromiumPeak, chromiumRssMb());
      }, 250);
      const started = performance.now();
      const worker = startWorker(database.db, {
        chromiumPath,
        allowPrivateHosts: true,
        maxCaptureBytes: 15 * 1024 * 1024,
        captureQuotas: captureQuotas(workerEnv()),
        concurrency: 2,
        recheckHours: 24,
        pollMs: 50,
        log: () => undefined,
      });
      for (;;) {
        const left = await database.db.job.count({ where: { status: { in: ["QUEUED", "RUNNING"] } } });
        if (left === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      const drainMs = performance.now() - started;
      await worker.stop();
      clearInterval(sampler);
      const captured = await database.db.sourceCapture.count({ where: { status: "CAPTURED" } });
      log(
        `100 queued captures, CAPTURE_CONCURRENCY=2: drained in ${round(drainMs / 1000, 1)} s (${captured} captured); worker RSS peak ${round(workerPeak, 0)} MB; Chromium RSS peak ${round(chromiumPeak, 0)} MB`,
      );
      rows.push({
        measure: "100 queued captures drained (concurrency 2)",
        value: round(drainMs / 1000, 1),
        unit: "s",
        target: "",
      });
      rows.push({ measure: "captured of 100", value: captured, unit: "", target: "100" });
      rows.push({
        measure: "worker process RSS peak during the drain",
        value: round(workerPeak, 0),
        unit: "MB",
        target: "< 500",
      });
      rows.push({
        measure: "Chromium RSS peak during the drain (all its processes)",
        value: round(chromiumPeak, 0),
        unit: "MB",
        target: "< 1536",
      });
    } finally {
      await closeCaptureBrowser();
      await database.drop();
    }
  } finally {
    await site.close();
  }
  printTable("evidence capture", rows);
  recordResults("evidence", rows);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
