import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { importSource } from "./import-source";
import { IMPORT_LIMITS } from "./input-limits";

const env = { allowPrivateHosts: false };
const file = (fileName: string, bytes: Uint8Array | string) =>
  importSource(
    { kind: "file", fileName, bytes: typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes },
    env,
  );

/** A valid PDF of `pages` empty pages, written by hand (offsets and all). */
function pdfOfPages(pages: number): Uint8Array {
  const objects: string[] = [];
  objects.push("<< /Type /Catalog /Pages 2 0 R >>");
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(" ");
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  for (let i = 0; i < pages; i++) objects.push("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>");
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

describe("import limits: small files that would cost the server minutes are refused, naming the limit", () => {
  it("refuses a page whose elements nest 4,000 deep, at once", async () => {
    const started = performance.now();
    const html = `<html><body>${"<div>".repeat(4000)}deep${"</div>".repeat(4000)}</body></html>`;
    await expect(file("deep.html", html)).rejects.toMatchObject({
      status: 413,
      message: expect.stringMatching(/nests/),
    });
    expect(performance.now() - started).toBeLessThan(1000);
    // An ordinary page with void elements and self-closing tags passes.
    const ok = `<html><body><article><h1>Ridership</h1><p>The metro carried 480 million riders in 2023.<br/>
      Its report says so.</p><img src="chart.png" alt="chart"><hr/></article></body></html>`;
    await expect(file("ok.html", ok)).resolves.toMatchObject({ plainText: expect.stringContaining("480 million") });
  });

  it("refuses more text than the limit, pasted or in a file", async () => {
    const text = "word ".repeat(IMPORT_LIMITS.textCharacters / 5 + 1);
    await expect(importSource({ kind: "paste", format: "text", text }, env)).rejects.toMatchObject({
      status: 413,
      field: "text",
      message: expect.stringContaining("the limit is 2,000,000"),
    });
    await expect(file("long.txt", text)).rejects.toMatchObject({ status: 413, field: "file" });
  });

  it("refuses a PDF of 2,001 pages by its page count, before reading any page", async () => {
    await expect(file("pages.pdf", pdfOfPages(2001))).rejects.toMatchObject({
      status: 413,
      message: "This PDF has 2,001 pages; the limit is 2,000.",
    });
  });

  it("refuses a Word file that unpacks past the limit, from its zip directory", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "0".repeat(60 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bytes.length).toBeLessThan(1024 * 1024); // small on the wire
    await expect(file("bomb.docx", bytes)).rejects.toMatchObject({
      status: 413,
      message: expect.stringMatching(/unpacks to 60 MB; the limit is 50 MB/),
    });
  });
});
