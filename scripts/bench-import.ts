// Import and re-anchoring benchmarks (issue 9), run by `npm run bench` after scripts/bench.ts.
// BENCH_ONLY=import runs only these. Prints numbers; asserts nothing.
import fs from "node:fs";
import path from "node:path";
import { printTable, recordResults } from "../bench/results-file";
import { Document, Packer, Paragraph, HeadingLevel } from "docx";
import { chromium } from "playwright-core";
import { reanchor } from "../lib/anchoring/reanchor";
import { createTextQuoteSelector } from "../lib/anchoring/text-quote";
import { createTestDatabase } from "../lib/db/test-databases";
import { importDocument, importRevision } from "../lib/data/documents/document-import";
import { makeActor } from "../lib/data/test-fixtures";
import { importSource } from "../lib/import/import-source";
import { docxToDoc } from "../lib/import/from-docx";
import { htmlPageToDoc } from "../lib/import/from-html";
import { pdfToDoc } from "../lib/import/from-pdf";
import { percentile, round } from "../bench/measure";
import { paragraphsOfWords, reanchorCase } from "../bench/import-data";
import { documentLanguages } from "../lib/document/block-languages";
import { tiptapDocOf } from "../lib/document/blocks";

const only = process.env.BENCH_ONLY?.split(",").map((s) => s.trim());
if (only && !only.includes("import")) process.exit(0);

type Row = { measure: string; value: number; unit: string; target: string };
const rows: Row[] = [];
const log = (line: string) => console.log(`[bench-import] ${line}`);

async function timeIt(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return percentile(times, 50);
}

async function main() {
  const paragraphs = paragraphsOfWords(50_000);
  const words = paragraphs.join(" ").split(" ").length;

  log(`DOCX of ${words} words`);
  const docx = new Uint8Array(
    await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: paragraphs.flatMap((p, i) =>
              i % 20 === 0
                ? [new Paragraph({ text: `Section ${i / 20 + 1}`, heading: HeadingLevel.HEADING_2 }), new Paragraph(p)]
                : [new Paragraph(p)],
            ),
          },
        ],
      }),
    ),
  );
  // Languages are read when a revision is first shown (lib/document/block-languages.ts): the
  // cost a 50,000-word document adds to its first reading. Real prose (the seeded essay's
  // paragraphs, repeated), checked to have been read as English.
  const essay = fs.readFileSync(path.join(__dirname, "..", "prisma", "seed", "essay.txt"), "utf8").split("\n");
  const prose: string[] = [];
  while (prose.join(" ").split(" ").length < 50_000) prose.push(...essay.filter((line) => line.trim()));
  const plain = tiptapDocOf(prose.map((text) => ({ type: "paragraph", text })));
  let languages = documentLanguages(plain);
  if (languages.document !== "en") throw new Error(`language detection read ${languages.document}, not English`);
  rows.push({
    measure: `detect the language of every paragraph of a 50,000-word document, ${prose.length} paragraphs (median of 3)`,
    value: round(await timeIt(3, () => (languages = documentLanguages(plain)))),
    unit: "ms",
    target: "< 100 ms",
  });

  rows.push({
    measure: `import a ${words}-word DOCX (median of 3)`,
    value: round(await timeIt(3, () => docxToDoc(docx))),
    unit: "ms",
    target: "< 5000 ms",
  });

  log(`web page of ${words} words`);
  const html = `<!doctype html><html><head><title>Long page</title></head><body><nav><a href="/">Home</a></nav><article><h1>Long page</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article><footer>Footer</footer></body></html>`;
  rows.push({
    measure: `import a ${words}-word web page (median of 3)`,
    value: round(await timeIt(3, () => htmlPageToDoc(html))),
    unit: "ms",
    target: "< 3000 ms",
  });

  log("100-page PDF (printed by Chromium)");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  let pdf: Uint8Array;
  try {
    const page = await browser.newPage();
    await page.setContent(
      `<html><body style="font: 11pt serif">${paragraphs
        .slice(0, 520)
        .map((p, i) => `${i % 5 === 0 ? "<div style='break-before: page'></div>" : ""}<p>${p}</p>`)
        .join("")}</body></html>`,
    );
    pdf = new Uint8Array(await page.pdf({ format: "A4" }));
  } finally {
    await browser.close();
  }
  const pages = (await import("unpdf")).getDocumentProxy(new Uint8Array(pdf)).then((d) => d.numPages);
  rows.push({
    measure: `import a ${await pages}-page PDF (median of 3)`,
    value: round(await timeIt(3, () => pdfToDoc(pdf))),
    unit: "ms",
    target: "< 10000 ms (100 pages)",
  });

  log("re-anchoring 2,000 claims over 200 scattered edits");
  const testCase = reanchorCase(2000, 200);
  const anchors = testCase.claims.map((c) => ({
    id: c.id,
    start: c.start,
    end: c.end,
    quote: createTextQuoteSelector(testCase.oldText, c.start, c.end),
  }));
  let moved = reanchor(testCase.oldText, testCase.newText, anchors);
  rows.push({
    measure: "re-anchor 2,000 claims, 200 edits (median of 5, in memory)",
    value: round(await timeIt(5, () => (moved = reanchor(testCase.oldText, testCase.newText, anchors)))),
    unit: "ms",
    target: "< 1000 ms",
  });
  const byId = new Map(moved.map((m) => [m.id, m]));
  const right = (expected: "exact" | "fuzzy") => {
    const cases = testCase.claims.filter((c) => c.expected.state === expected);
    const ok = cases.filter((c) => {
      const m = byId.get(c.id)!;
      return m.state === expected && m.start === c.expected.start && m.end === c.expected.end;
    });
    return { share: round((100 * ok.length) / cases.length), count: cases.length };
  };
  const exact = right("exact");
  const fuzzy = right("fuzzy");
  rows.push({
    measure: `unchanged claims landing exact at the right place (${exact.count})`,
    value: exact.share,
    unit: "%",
    target: "100 %",
  });
  rows.push({
    measure: `lightly edited claims landing fuzzy at the right place (${fuzzy.count})`,
    value: fuzzy.share,
    unit: "%",
    target: ">= 95 %",
  });

  log("new version with 2,000 claims, end to end on SQLite (import, re-anchor, write)");
  const t = await createTestDatabase("sqlite");
  try {
    const reviewer = await makeActor(t.db, "Bench Reviewer", "REVIEWER");
    const env = { allowPrivateHosts: false };
    const first = await importDocument(
      t.db,
      reviewer,
      await importSource({ kind: "paste", format: "text", text: testCase.oldText }, env),
      "Re-anchoring benchmark",
    );
    if (!first.ok) throw new Error(first.message);
    const document = await t.db.document.findUniqueOrThrow({ where: { slug: first.data.slug } });
    await t.db.claim.createMany({
      data: anchors.map((a) => ({
        documentId: document.id,
        authorId: reviewer.id,
        start: a.start,
        end: a.end,
        exact: a.quote.exact,
        prefix: a.quote.prefix,
        suffix: a.quote.suffix,
      })),
    });
    const revised = await importSource({ kind: "paste", format: "text", text: testCase.newText }, env);
    const started = performance.now();
    const result = await importRevision(t.db, reviewer, first.data.slug, revised);
    if (!result.ok) throw new Error(result.message);
    rows.push({
      measure: "new version with 2,000 claims on SQLite (re-anchor + one transaction)",
      value: round(performance.now() - started),
      unit: "ms",
      target: "—",
    });
  } finally {
    await t.drop();
  }

  printTable("import and re-anchoring", rows);
  recordResults("import", rows);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
