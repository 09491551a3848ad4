import { describe, expect, it } from "vitest";
import { newRowId, readIdempotencyKey } from "./idempotency";
import { readBodyCapped } from "./read-body";
import { appOriginsOf, isSameOriginWrite } from "./same-origin";

function streamOf(chunks: number, size: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(120));
    },
  });
  return { stream, pulled: () => pulled };
}

describe("readBodyCapped", () => {
  it("refuses a declared Content-Length over the cap without reading a byte", async () => {
    const { stream, pulled } = streamOf(1000, 1024);
    const request = new Request("http://x/api", {
      method: "POST",
      body: stream,
      headers: { "content-length": "500000000" },
      duplex: "half",
    } as RequestInit);
    expect(await readBodyCapped(request, 64 * 1024)).toMatchObject({ ok: false, status: 413 });
    // A web stream pulls its first chunk by itself when it is made; nothing more is read.
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it("stops reading a streamed body as soon as it passes the cap", async () => {
    const { stream, pulled } = streamOf(10_000, 16 * 1024);
    const request = new Request("http://x/api", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect(await readBodyCapped(request, 64 * 1024)).toMatchObject({
      ok: false,
      status: 413,
      message: expect.stringContaining("64 KB"),
    });
    expect(pulled()).toBeLessThan(10);
  });

  it("reads a body under the cap as UTF-8 text", async () => {
    const request = new Request("http://x/api", { method: "POST", body: JSON.stringify({ name: "李飞飞" }) });
    expect(await readBodyCapped(request, 1024)).toEqual({ ok: true, text: '{"name":"李飞飞"}' });
  });
});

describe("isSameOriginWrite", () => {
  const origins = appOriginsOf(
    new Request("http://localhost:3000/api/x", { headers: { host: "localhost:3000" } }),
    "https://claims.example.org",
  );
  const check = (headers: Record<string, string>) => isSameOriginWrite(new Headers(headers), origins);

  it("accepts the app's own pages and clients that are not browsers", () => {
    expect(check({ "sec-fetch-site": "same-origin", origin: "http://localhost:3000" })).toBe(true);
    expect(check({ origin: "https://claims.example.org" })).toBe(true);
    expect(check({})).toBe(true);
  });

  it("refuses cross-site and same-site-but-other-origin browser writes", () => {
    expect(check({ "sec-fetch-site": "cross-site", origin: "https://evil.example" })).toBe(false);
    expect(check({ "sec-fetch-site": "same-site" })).toBe(false);
    expect(check({ origin: "https://evil.example" })).toBe(false);
    expect(check({ origin: "null" })).toBe(false);
  });
});

describe("Idempotency-Key", () => {
  it("accepts a visible ASCII key and refuses others", () => {
    expect(readIdempotencyKey(new Headers({ "idempotency-key": "5f1c-retry" }))).toEqual({
      ok: true,
      key: "5f1c-retry",
    });
    expect(readIdempotencyKey(new Headers())).toEqual({ ok: true, key: null });
    expect(readIdempotencyKey(new Headers({ "idempotency-key": "x".repeat(201) })).ok).toBe(false);
  });

  it("derives the same row id for the same caller, path and key, and another for anything else", () => {
    const id = newRowId("u1", "POST", "/api/documents/a/claims", "k1");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(newRowId("u1", "POST", "/api/documents/a/claims", "k1")).toBe(id);
    expect(newRowId("u2", "POST", "/api/documents/a/claims", "k1")).not.toBe(id);
    expect(newRowId("u1", "POST", "/api/documents/b/claims", "k1")).not.toBe(id);
    expect(newRowId("u1", "POST", "/api/documents/a/claims", null)).not.toBe(
      newRowId("u1", "POST", "/api/documents/a/claims", null),
    );
  });
});
