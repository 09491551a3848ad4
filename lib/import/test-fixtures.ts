import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  Table,
  TableRow,
  TableCell,
  ExternalHyperlink,
  LevelFormat,
} from "docx";
import { chromium } from "playwright-core";

/** A Word document built with the `docx` library: headings, paragraphs, lists, a table, a link, core properties. */
export async function buildDocx(options: { paragraphs?: string[]; titleStyle?: string } = {}): Promise<Uint8Array> {
  const body = options.paragraphs ?? [
    "NIST in the United States requires government procurement projects to disclose model parameters.",
    "The GPL-3.0 protocol adds a contagious open source clause.",
  ];
  const doc = new Document({
    creator: "Dana Whitfield",
    // With a Title paragraph, the file's properties carry no title: the paragraph is the title.
    ...(options.titleStyle ? {} : { title: "A Word draft on model licences" }),
    numbering: {
      config: [
        {
          reference: "numbers",
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [
      {
        children: [
          ...(options.titleStyle ? [new Paragraph({ text: options.titleStyle, heading: HeadingLevel.TITLE })] : []),
          new Paragraph({ text: "A Word draft on model licences", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: "Findings", heading: HeadingLevel.HEADING_2 }),
          ...body.map((text) => new Paragraph({ children: [new TextRun(text)] })),
          new Paragraph({ text: "First bullet point", bullet: { level: 0 } }),
          new Paragraph({ text: "Second bullet point", bullet: { level: 0 } }),
          new Paragraph({ text: "Numbered step one", numbering: { reference: "numbers", level: 0 } }),
          new Paragraph({
            children: [
              new TextRun("See the "),
              new ExternalHyperlink({ link: "https://example.org/guidance", children: [new TextRun("guidance")] }),
              new TextRun(" for details."),
            ],
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph("Agency")] }),
                  new TableCell({ children: [new Paragraph("Rule")] }),
                ],
              }),
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph("NIST")] }),
                  new TableCell({ children: [new Paragraph("Parameters")] }),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Prints HTML to PDF with the Chromium the app uses (CHROMIUM_PATH, default /usr/bin/chromium). */
export async function printPdf(html: string): Promise<Uint8Array> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return new Uint8Array(
      await page.pdf({ format: "A4", margin: { top: "2cm", bottom: "2cm", left: "2cm", right: "2cm" } }),
    );
  } finally {
    await browser.close();
  }
}

/** A two-column page: each column's text must be read before the other's. */
export const TWO_COLUMN_HTML = `<!doctype html><html><head><title>Two columns</title><style>
  body { font: 11pt/1.4 "DejaVu Serif", serif; }
  h1 { font-size: 20pt; }
  .cols { column-count: 2; column-gap: 1.5cm; }
  p { margin: 0 0 0.8em; text-align: left; hyphens: none; }
</style></head><body>
<h1>Two column report</h1>
<div class="cols">
<p>Left column first paragraph says that inflation in the region fell to two percent during the last year, the lowest level in a decade according to the statistics office.</p>
<p>Left column second paragraph adds that wages rose faster than prices for the first time since the financial crisis, which economists attribute to tight labour markets.</p>
<p>Left column third paragraph notes that housing costs still grew by more than five percent in the capital city, outpacing every other category in the basket.</p>
<p>Right column first paragraph reports that the central bank kept its main interest rate unchanged at three and a half percent at its latest meeting in the spring.</p>
<p>Right column second paragraph says that exports of machinery increased by twelve percent, with the largest gains in sales to neighbouring countries.</p>
<p>Right column third paragraph concludes that the government expects growth of one point eight percent next year if energy prices remain stable.</p>
</div></body></html>`;
