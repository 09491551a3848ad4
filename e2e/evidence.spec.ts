import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, request, test } from "@playwright/test";
import { WARCParser } from "warcio";
import { addNote, ADMIN, apiSignInError, flagClaim, signIn } from "./helpers";

// Evidence capture (issue 12): a cited page is captured by the background worker with
// Chromium, shown with its files and hashes, re-checked after it changes, and exported as WARC.

let pageText = "The transit authority's annual report counts 480 million metro riders in 2023.";
let server: http.Server;
let base: string;

test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/evidence.css")
      return res
        .writeHead(200, { "content-type": "text/css" })
        .end("html, body { background: #ffeeaa; margin: 0; } h1 { color: #7a1f1f; }");
    if (req.url === "/evidence.png")
      return res
        .writeHead(200, { "content-type": "image/png" })
        .end(
          Buffer.from(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
            "base64",
          ),
        );
    if (req.url === "/annual-report")
      return res
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(
          `<!doctype html><html><head><title>Annual report 2023</title><link rel="stylesheet" href="/evidence.css"></head><body><article><h1>Annual report</h1><p>${pageText}</p><img src="/evidence.png" alt="ridership chart" width="40" height="40"></article></body></html>`,
        );
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise((resolve) => server.close(resolve)));

test("a cited page is captured with a screenshot, re-checked after it changes, and exported as WARC", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const admin = await request.newContext({ baseURL });
  expect(await apiSignInError(admin, ADMIN.email, ADMIN.password)).toBeNull();
  const made = await admin.post("/api/documents", {
    data: {
      source: "paste",
      format: "text",
      title: `Metro evidence ${Date.now()}`,
      text: "Transit digest\nThe city metro carried 610 million riders in 2023 according to the mayor.",
    },
  });
  expect(made.status()).toBe(201);
  const slug = (await made.json()).slug as string;
  const sourceUrl = `${base}/annual-report`;

  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/documents/${slug}`);
  await flagClaim(page, "The city metro carried 610 million riders in 2023 according to the mayor.");
  await addNote(page, "False", "The annual report says 480 million.", [
    { url: sourceUrl, title: "Annual report 2023" },
  ]);

  // Saving did not wait for the capture; the source shows it when the worker is done.
  const notes = page.getByRole("region", { name: /Verification notes/ });
  await expect(notes.getByText(/^Captured \d{4}-\d\d-\d\d \d\d:\d\d UTC/)).toBeVisible({ timeout: 60_000 });
  for (const name of ["Screenshot", "PDF", "Page archive (MHTML)"])
    await expect(notes.getByRole("link", { name })).toBeVisible();
  // The hashes wait behind "Details", one per file.
  await expect(notes.getByText(/SHA-256 [0-9a-f]{64}/).first()).toBeHidden();
  await notes.getByText("Details", { exact: true }).first().click();
  await expect(notes.getByText(/SHA-256 [0-9a-f]{64}/)).toHaveCount(3);

  // The screenshot shows the page: its background colour, read back through a canvas.
  const screenshotHref = (await notes.getByRole("link", { name: "Screenshot" }).getAttribute("href"))!;
  const shot = await page.request.get(screenshotHref);
  expect(shot.headers()["content-type"]).toBe("image/png");
  expect(shot.headers()["content-security-policy"]).toContain("sandbox");
  const pixel = await page.evaluate(async (href) => {
    const image = new Image();
    image.src = href;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    return { width: image.naturalWidth, data: [...context.getImageData(image.naturalWidth - 5, 5, 1, 1).data] };
  }, screenshotHref);
  expect(pixel.width).toBeGreaterThan(600);
  expect(pixel.data.slice(0, 3)).toEqual([0xff, 0xee, 0xaa]);
  const archive = await page.request.get(
    (await notes.getByRole("link", { name: "Page archive (MHTML)" }).getAttribute("href"))!,
  );
  expect(archive.headers()["content-disposition"]).toMatch(/^attachment/);

  // The report prints each captured file's own hash: hashing what its link downloads gives it.
  const markdown = await (await page.request.get(`/api/documents/${slug}/report?format=md&notes=1`)).text();
  const printed = [...markdown.matchAll(/<(http[^>]+\/api\/captures\/[^>]+)>, SHA-256 `([0-9a-f]{64})`/g)];
  expect(printed.length).toBeGreaterThanOrEqual(2);
  for (const [, href, sha] of printed) {
    const file = await (await page.request.get(href!)).body();
    expect(createHash("sha256").update(file).digest("hex")).toBe(sha);
  }

  // The page changes; an admin asks for a re-check; the claim appears under "Sources changed".
  pageText = "The transit authority's annual report counts 610 million metro riders in 2023.";
  await page.getByRole("link", { name: "Jobs" }).click();
  await page.getByRole("button", { name: "Re-check sources now" }).click();
  await expect(page.getByText(/Queued [1-9]\d* re-checks\./)).toBeVisible();
  await expect(async () => {
    await page.goto("/review?assignee=any&sources=changed");
    await expect(page.getByRole("table")).toContainText("The city metro carried 610 million riders", { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  // The source says so, with what changed.
  await page.goto(`/documents/${slug}`);
  await page.locator("mark[data-claim-id]").first().click();
  await expect(notes.locator("strong.recheck-changed")).toHaveText("· changed since the capture");
  await notes.getByText("What changed since the capture").click();
  await expect(notes.locator(".recheck-diff del")).toContainText("48");
  await expect(notes.locator(".recheck-diff ins")).toContainText("61");
  await page.goto("/review");
  await page.getByRole("link", { name: "Claims whose sources changed" }).click();
  await expect(page.getByRole("checkbox", { name: "Sources changed" })).toBeChecked();
  await expect(page.getByRole("table")).toContainText("The city metro carried 610 million riders");

  // The WARC export holds the page's response, read back by a WARC reader.
  const warc = await page.request.get(`/api/documents/${slug}/evidence.warc.gz`);
  expect(warc.status()).toBe(200);
  const body = await warc.body();
  const parser = new WARCParser(
    (async function* () {
      yield new Uint8Array(body);
    })(),
  );
  const records: { type: unknown; uri: unknown }[] = [];
  for await (const record of parser) {
    await record.readFully(false);
    records.push({ type: record.warcType, uri: record.warcTargetURI });
  }
  expect(records).toContainEqual({ type: "response", uri: sourceUrl });
  expect(records.filter((r) => r.type === "resource").length).toBe(3);
  await admin.dispose();
});
