import { describe, expect, it } from "vitest";
import { MAX_IMPORT_REQUEST_BYTES } from "../server/document-import";
import { DEFAULT_MAX_BODY_BYTES } from "../server/request/read-body";
import { MAX_CLAIMREVIEW_FILE_BYTES } from "../lib/validation/fact-check";
import { edgeRefusal } from "./edge-body-limit.mjs";

const post = (url: string, headers: Record<string, string>) => edgeRefusal("POST", url, headers);

describe("the edge's body cap", () => {
  it("refuses a 200 MB sign-in at once, by its declared length, before next-auth reads it", () => {
    expect(post("/api/auth/callback/credentials", { "content-length": String(200 * 1024 * 1024) })).toMatchObject({
      status: 413,
      message: expect.stringContaining("200 MB"),
    });
    expect(post("/api/auth/callback/credentials", { "content-length": "300" })).toBeNull();
  });

  it("caps pages at a form's size, and refuses bodies of unknown length where Next would buffer them", () => {
    expect(post("/documents/essay", { "content-length": String(10 * 1024 * 1024) })?.status).toBe(413);
    expect(post("/", { "transfer-encoding": "chunked" })?.status).toBe(411);
    expect(post("/api/auth/signout", { "transfer-encoding": "chunked" })?.status).toBe(411);
    // API routes count streamed bodies themselves (server/route.ts).
    expect(post("/api/signup", { "transfer-encoding": "chunked" })).toBeNull();
  });

  it("lets each route's own largest body through: the edge is never the tighter cap", () => {
    expect(post("/api/fact-checks", { "content-length": String(MAX_CLAIMREVIEW_FILE_BYTES + 60 * 1024) })).toBeNull();
    expect(post("/api/documents", { "content-length": String(MAX_IMPORT_REQUEST_BYTES) })).toBeNull();
    expect(post("/api/documents/essay/revisions", { "content-length": String(MAX_IMPORT_REQUEST_BYTES) })).toBeNull();
    expect(post("/api/documents/essay/annotations", { "content-length": String(1024 * 1024) })).toBeNull();
    expect(post("/api/claims/x/notes", { "content-length": String(DEFAULT_MAX_BODY_BYTES) })).toBeNull();
    expect(post("/api/claims/x/notes", { "content-length": String(DEFAULT_MAX_BODY_BYTES + 1) })?.status).toBe(413);
  });

  it("reads nothing of reads, and refuses a length that is not a number", () => {
    expect(edgeRefusal("GET", "/", { "content-length": String(10 ** 9) })).toBeNull();
    expect(post("/api/signup", { "content-length": "12abc" })?.status).toBe(400);
  });
});
