import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "@/lib/db/test-databases";
import type { CaptureQuotas } from "@/lib/data/evidence/capture-quota";
import { flagClaim } from "@/lib/data/claims/claims";
import { addNote } from "@/lib/data/notes/notes";
import { ESSAY_SLUG, makeActor, seededEssay } from "@/lib/data/test-fixtures";
import { closeCaptureBrowser } from "../capture/capture-page";
import { startWorker } from "./worker";

const page = (n: string) =>
  `<!doctype html><title>Page ${n}</title><article><h1>Source ${n}</h1><p>${"A cited paragraph. ".repeat(40)}</p></article>`;

describe.each(databaseKinds())("evidence storage quotas on %s", (kind) => {
  let t: TestDatabase;
  let server: http.Server;
  let base: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    server = http.createServer((request, response) =>
      response.writeHead(200, { "content-type": "text/html" }).end(page(request.url ?? "")),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await closeCaptureBrowser();
    await new Promise((resolve) => server.close(resolve));
    await t.drop();
  });

  /** Runs a worker with these quotas until the capture of `url` and its job are settled; returns both. */
  async function captureWith(url: string, quotas: CaptureQuotas) {
    const worker = startWorker(t.db, {
      chromiumPath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      allowPrivateHosts: true,
      maxCaptureBytes: 15 * 1024 * 1024,
      captureQuotas: quotas,
      concurrency: 1,
      recheckHours: 24,
      autoRetrain: false,
      pollMs: 50,
      log: () => undefined,
    });
    try {
      for (const deadline = Date.now() + 45_000; Date.now() < deadline;) {
        const capture = await t.db.sourceCapture.findFirst({ where: { url } });
        if (capture && (capture.status === "CAPTURED" || capture.status === "FAILED")) {
          // The capture is written before its job is marked done: wait for both.
          const job = await t.db.job.findUniqueOrThrow({ where: { id: `capture-${capture.id}` } });
          if (job.status !== "RUNNING") return { capture, job };
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`${url} was not captured in time`);
    } finally {
      await worker.stop();
    }
  }

  it("keeps a capture within the quotas, and refuses, in words and without retrying, one past the document's or the instance's", async () => {
    const offsets = (await seededEssay(t.db)).offsetsOf;
    const essay = await t.db.document.findUniqueOrThrow({ where: { slug: ESSAY_SLUG } });
    const annotator = await makeActor(t.db, "Quota Quinn");
    const claim = await flagClaim(t.db, annotator, ESSAY_SLUG, offsets("Apple has closed the entire stack of chips"));
    if (!claim.ok) throw new Error(claim.message);
    const cite = async (path: string) => {
      const note = await addNote(t.db, annotator, claim.data.id, {
        verdict: "TRUE",
        rationale: `See ${path}.`,
        sources: [{ url: `${base}${path}` }],
      });
      if (!note.ok) throw new Error(note.message);
      return `${base}${path}`;
    };
    const roomy = { instanceBytes: 1024 ** 3, documentBytes: 1024 ** 3 };

    const first = await captureWith(await cite("/first"), roomy);
    expect(first.capture.status).toBe("CAPTURED");
    expect(first.capture.documentId).toBe(essay.id);
    expect(first.capture.byteSize).toBeGreaterThan(1000);

    // The document may keep one more byte than it holds: the next page does not fit.
    const used = first.capture.byteSize;
    const perDocument = await captureWith(await cite("/second"), { ...roomy, documentBytes: used + 1 });
    expect(perDocument.capture.status).toBe("FAILED");
    expect(perDocument.capture.error).toMatch(/evidence captured for this document has reached its quota/);
    expect(perDocument.capture.png).toBeNull();
    expect(perDocument.job).toMatchObject({ status: "DONE", attempts: 1 });

    const instanceWide = await captureWith(await cite("/third"), { ...roomy, instanceBytes: used + 1 });
    expect(instanceWide.capture.status).toBe("FAILED");
    expect(instanceWide.capture.error).toMatch(/evidence stored on this Claimmark has reached its quota/);
  });
});
