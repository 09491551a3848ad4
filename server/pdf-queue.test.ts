import { beforeAll, describe, expect, it } from "vitest";

// The PDF queue's fairness, with the real Chromium: one client cannot hold two prints at
// once, and the same report asked for twice is printed once.
describe("the PDF print queue", () => {
  let pdf: typeof import("./pdf");
  beforeAll(async () => {
    process.env.NEXTAUTH_SECRET ??= "a-test-secret-long-enough";
    pdf = await import("./pdf");
  });

  const page = (n: number) =>
    `<!doctype html><html><body><h1>Report ${n}</h1><p>${"words ".repeat(200)}</p></body></html>`;

  it("gives one client one print at a time, and others theirs", async () => {
    const first = pdf.htmlToPdf(page(1), `fair-1-${Date.now()}`, "ip:192.0.2.1");
    await expect(pdf.htmlToPdf(page(2), `fair-2-${Date.now()}`, "ip:192.0.2.1")).rejects.toBeInstanceOf(
      pdf.PdfBusyError,
    );
    const other = pdf.htmlToPdf(page(3), `fair-3-${Date.now()}`, "ip:192.0.2.2");
    const [a, b] = await Promise.all([first, other]);
    expect(a.subarray(0, 5).toString()).toBe("%PDF-");
    expect(b.subarray(0, 5).toString()).toBe("%PDF-");
    // Done: the client may print again.
    expect((await pdf.htmlToPdf(page(4), `fair-4-${Date.now()}`, "ip:192.0.2.1")).subarray(0, 5).toString()).toBe(
      "%PDF-",
    );
  }, 60_000);

  it("prints a report asked for twice at once only once", async () => {
    const key = `same-${Date.now()}`;
    const [a, b] = await Promise.all([pdf.htmlToPdf(page(5), key, "user:a"), pdf.htmlToPdf(page(5), key, "user:b")]);
    expect(a).toBe(b);
  }, 60_000);
});
