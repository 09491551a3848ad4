import { readdirSync, readFileSync, existsSync } from "node:fs";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { receiveUpload } from "./upload-form";

const uploadFolders = () => readdirSync(os.tmpdir()).filter((name) => name.startsWith("claimmark-upload-"));

/** A multipart request whose file part is `fileBytes` long, sent in 64 KB chunks as a client streams it. */
function uploadRequest(fileBytes: number, { declareLength = true, title = "Harbour report" } = {}) {
  const boundary = "----claimmark-test-boundary";
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\n${title}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="../../etc/report é.txt"\r\n` +
      `Content-Type: text/plain\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const total = head.byteLength + fileBytes + tail.byteLength;
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent === 0) controller.enqueue(head);
      const chunk = Math.min(64 * 1024, fileBytes - sent);
      if (chunk > 0) controller.enqueue(Buffer.alloc(chunk, "a"));
      sent += Math.max(chunk, 1);
      if (sent >= fileBytes) {
        controller.enqueue(tail);
        controller.close();
      }
    },
  });
  const headers: Record<string, string> = { "content-type": `multipart/form-data; boundary=${boundary}` };
  if (declareLength) headers["content-length"] = String(total);
  return new Request("http://localhost/api/documents", {
    method: "POST",
    headers,
    body,
    duplex: "half",
  } as RequestInit);
}

describe("receiveUpload", () => {
  it("streams the file part to a private file on disk and keeps the text fields; discard removes it", async () => {
    const read = await receiveUpload(uploadRequest(3 * 1024 * 1024), 20 * 1024 * 1024);
    if (!read.ok) throw new Error(read.message);
    const file = read.form.file("file")!;
    expect(read.form.field("title")).toBe("Harbour report");
    expect(file.name).toBe("report é.txt");
    // The client's name never reaches the path.
    expect(file.path.startsWith(os.tmpdir())).toBe(true);
    expect(file.path).not.toContain("etc");
    expect(file.size).toBe(3 * 1024 * 1024);
    expect(readFileSync(file.path).equals(Buffer.alloc(3 * 1024 * 1024, "a"))).toBe(true);
    await read.form.discard();
    expect(existsSync(file.path)).toBe(false);
  });

  it("stops reading a body past the cap while it streams (no Content-Length), and keeps nothing", async () => {
    const before = uploadFolders().length;
    const read = await receiveUpload(uploadRequest(5 * 1024 * 1024, { declareLength: false }), 1024 * 1024);
    expect(read).toMatchObject({ ok: false, status: 413, message: expect.stringContaining("larger than 1 MB") });
    expect(uploadFolders().length).toBe(before);
  });

  it("refuses a declared Content-Length over the cap before reading", async () => {
    const read = await receiveUpload(uploadRequest(2 * 1024 * 1024), 1024 * 1024);
    expect(read).toMatchObject({ ok: false, status: 413 });
  });

  it("answers 400 to a body that is not a multipart form", async () => {
    const before = uploadFolders().length;
    const request = new Request("http://localhost/api/documents", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body: "this is not a form",
    });
    expect(await receiveUpload(request, 1024 * 1024)).toMatchObject({ ok: false, status: 400 });
    expect(uploadFolders().length).toBe(before);
  });
});
