import { chromium, type Browser } from "playwright-core";

let browser: Promise<Browser> | undefined;

/** Where Chromium is: CHROMIUM_PATH, else Debian's. */
const executablePath = () => process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export class PdfUnavailableError extends Error {}

function launch(): Promise<Browser> {
  browser ??= chromium
    .launch({
      executablePath: executablePath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    })
    .catch((error: unknown) => {
      browser = undefined;
      throw new PdfUnavailableError(
        `PDF export needs Chromium at ${executablePath()} (apt-get install -y chromium, or set CHROMIUM_PATH): ${(error as Error).message.split("\n")[0]}`,
      );
    });
  return browser;
}

/**
 * Prints an HTML document to PDF with headless Chromium: the PDF is the HTML report, its
 * text selectable and searchable. One browser per server process, a fresh page per PDF;
 * the page never loads anything from the network (the HTML is self-contained).
 */
export async function htmlToPdf(html: string): Promise<Buffer> {
  const b = await launch();
  const context = await b.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ format: "A4", printBackground: false, margin: { top: "18mm", bottom: "18mm", left: "15mm", right: "15mm" } });
  } finally {
    await context.close();
  }
}
