import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { plainTextOfDoc, type TiptapBlock, type TiptapDoc } from "../document/blocks";
import { docxToDoc } from "./from-docx";
import { htmlPageToDoc } from "./from-html";
import { dropPageBoilerplate, titleWithoutSiteName } from "./page-boilerplate";
import { markdownToDoc } from "./from-markdown";
import { pdfToDoc } from "./from-pdf";
import { textToDoc } from "./from-text";
import { ImportError } from "./import-error";
import { importSource } from "./import-source";
import { buildDocx, printPdf, TWO_COLUMN_HTML } from "./test-fixtures";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "fixtures", name), "utf8");

/** The block types, depth first, e.g. ["heading1", "paragraph", "bulletList", "listItem", "paragraph"]. */
function shape(doc: TiptapDoc): string[] {
  const out: string[] = [];
  const walk = (blocks: readonly TiptapBlock[]) => {
    for (const block of blocks) {
      out.push(block.type === "heading" ? `heading${block.attrs.level}` : block.type);
      if (block.type !== "heading" && block.type !== "paragraph") walk(block.content);
    }
  };
  walk(doc.content);
  return out;
}

function links(doc: TiptapDoc): string[] {
  return (
    JSON.stringify(doc)
      .match(/"href":"[^"]*"/g)
      ?.map((m) => m.slice(8, -1)) ?? []
  );
}

describe("plain text", () => {
  it("makes each line a paragraph when there are no blank lines", () => {
    expect(plainTextOfDoc(textToDoc("First line.\r\nSecond line.\n\n"))).toBe("First line.\nSecond line.");
  });

  it("joins hard-wrapped lines when blank lines separate paragraphs", () => {
    expect(plainTextOfDoc(textToDoc("A wrapped\nparagraph.\n\nAnother one."))).toBe(
      "A wrapped paragraph.\nAnother one.",
    );
  });
});

describe("Markdown", () => {
  const doc = markdownToDoc(fixture("every-construct.md"));
  const text = plainTextOfDoc(doc);

  it("keeps headings, paragraphs, nested lists, numbered lists and quotes", () => {
    expect(shape(doc)).toEqual([
      "heading1",
      "paragraph",
      "heading2",
      "bulletList",
      "listItem",
      "paragraph",
      "listItem",
      "paragraph",
      "bulletList",
      "listItem",
      "paragraph",
      "orderedList",
      "listItem",
      "paragraph",
      "listItem",
      "paragraph",
      "heading3",
      "blockquote",
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
      "heading3",
    ]);
  });

  it("joins a paragraph's source lines and keeps inline text without its markup", () => {
    expect(text).toContain(
      "An opening paragraph with bold, emphasis, code and a link. It continues on a second line of the same paragraph.",
    );
  });

  it("keeps the author's bold and italic as marks on the text, without changing the text", () => {
    const emphasised = markdownToDoc("Rates **rose sharply** in *2025*, said the [***bank***](https://bank.example).");
    expect(plainTextOfDoc(emphasised)).toBe("Rates rose sharply in 2025, said the bank.");
    expect(emphasised.content[0]).toMatchObject({
      content: [
        { text: "Rates " },
        { text: "rose sharply", marks: [{ type: "bold" }] },
        { text: " in " },
        { text: "2025", marks: [{ type: "italic" }] },
        { text: ", said the " },
        {
          text: "bank",
          marks: [{ type: "bold" }, { type: "italic" }, { type: "link", attrs: { href: "https://bank.example" } }],
        },
        { text: "." },
      ],
    });
    // A bare fragment, as an uploaded snippet may be.
    const page = htmlPageToDoc("<p>Plain <b>bold</b> <i>italic</i></p>");
    expect(page.doc.content[0]).toMatchObject({
      content: [
        { text: "Plain " },
        { text: "bold", marks: [{ type: "bold" }] },
        { text: " " },
        { text: "italic", marks: [{ type: "italic" }] },
      ],
    });
  });

  it("turns table rows into paragraphs and images into their alt text", () => {
    expect(text).toContain("Country | Rate\nFrance | 2.1%");
    expect(text).toContain("[A chart of inflation]");
  });

  it("keeps http links and drops scripts and javascript: links", () => {
    expect(links(doc)).toEqual(["https://example.org/source", "https://example.org/b"]);
    expect(text).not.toContain("alert");
    expect(text).toContain("bad link");
  });
});

describe("web page", () => {
  const { doc, metadata, note } = htmlPageToDoc(fixture("article.html"), "https://policy-desk.example/a?utm=1");
  const text = plainTextOfDoc(doc);

  it("takes the article and leaves navigation, ads, comments and footer behind", () => {
    expect(text).toContain(
      "NIST in the United States requires government procurement projects to disclose model parameters",
    );
    expect(text).toContain("The GPL-3.0 protocol adds a contagious open source clause");
    for (const noise of [
      "Subscribe now",
      "Buy cheap GPUs",
      "First! Great article",
      "All rights reserved",
      "form text",
      "Send form",
    ]) {
      expect(text).not.toContain(noise);
    }
    expect(note).toBeUndefined();
  });

  it("keeps structure: headings, a list, a quote, a table row, an image's alt text, links", () => {
    expect(shape(doc)).toContain("bulletList");
    expect(shape(doc)).toContain("blockquote");
    expect(text).toContain("Agency | Rule\nNIST | Parameters");
    expect(text).toContain("[Chart of disclosure rules by country]");
    expect(links(doc)).toContain("https://nist.example/guidance");
    expect(JSON.stringify(doc)).not.toMatch(/onclick|steal|tracker/);
  });

  it("reads the metadata from meta and Open Graph tags", () => {
    expect(metadata).toEqual({
      title: "Procurement rules for AI models",
      author: "Dana Whitfield",
      publisher: "The Policy Desk",
      publishedOn: "2026-03-14",
      originalUrl: "https://policy-desk.example/2026/03/procurement-rules",
    });
  });

  it("keeps only an http(s) original address: a javascript: canonical link is never stored", () => {
    const page = (canonical: string) =>
      htmlPageToDoc(
        `<html><head><link rel="canonical" href="${canonical}"></head><body><article><p>Text.</p></article></body></html>`,
        "https://news.example/story",
      ).metadata.originalUrl;
    expect(page("javascript:alert(document.cookie)")).toBe("https://news.example/story");
    expect(page("data:text/html,<script>alert(1)</script>")).toBe("https://news.example/story");
    expect(page("/canonical/story")).toBe("https://news.example/canonical/story");
    expect(
      htmlPageToDoc('<html><head><link rel="canonical" href="javascript:alert(1)"></head><body><p>x</p></body></html>')
        .metadata.originalUrl,
    ).toBeUndefined();
  });

  it("falls back to the page's body text when there is no article, and says so", () => {
    const page = htmlPageToDoc("<html><body><div>Short.</div></body></html>");
    expect(plainTextOfDoc(page.doc)).toBe("Short.");
    expect(page.note).toMatch(/No article was found/);
  });
});

describe("a news page", () => {
  const { doc, metadata } = htmlPageToDoc(fixture("news-page.html"), "https://gazette.example/2026/11/fares");
  const text = plainTextOfDoc(doc);

  it("keeps the headline as the title, without the site's name the publisher already gives", () => {
    expect(metadata).toMatchObject({
      title: "Bus fares frozen for 2027 after council vote",
      publisher: "Riverside Gazette",
      author: "Mara Quill",
    });
  });

  it("leaves out the adverts and the byline repeated at the top, and keeps every paragraph of the article", () => {
    expect(text).not.toMatch(/advertisement|Buy cheap flights/i);
    expect(text).not.toContain("By Mara Quill");
    expect(text).not.toContain("First! The buses");
    expect(text.split("\n").filter((line) => line.length > 100)).toHaveLength(3);
    expect(text.startsWith("The city council voted on Tuesday")).toBe(true);
  });
});

describe("titleWithoutSiteName", () => {
  it("strips the publisher's name at either end, or a suffix the headline leaves out", () => {
    expect(titleWithoutSiteName("Fares frozen | Riverside Gazette", "Riverside Gazette", undefined)).toBe(
      "Fares frozen",
    );
    expect(titleWithoutSiteName("Riverside Gazette – Fares frozen", "riverside gazette", undefined)).toBe(
      "Fares frozen",
    );
    expect(titleWithoutSiteName("Fares frozen for 2027 - Gazette Online", undefined, "Fares frozen for 2027")).toBe(
      "Fares frozen for 2027",
    );
  });
  it("keeps a title whose parts are all the author's: a colon or dash inside a headline stays", () => {
    expect(titleWithoutSiteName("Open source: the future of AI", "Riverside Gazette", undefined)).toBe(
      "Open source: the future of AI",
    );
    expect(titleWithoutSiteName("GPL-3.0 and models", undefined, undefined)).toBe("GPL-3.0 and models");
  });
});

describe("Word (DOCX)", () => {
  it("converts headings, paragraphs, lists, links and table rows, and reads the core properties", async () => {
    const { doc, metadata } = await docxToDoc(await buildDocx());
    const text = plainTextOfDoc(doc);
    expect(shape(doc).slice(0, 4)).toEqual(["heading1", "heading2", "paragraph", "paragraph"]);
    expect(text).toContain(
      "NIST in the United States requires government procurement projects to disclose model parameters.\nThe GPL-3.0 protocol adds a contagious open source clause.",
    );
    expect(shape(doc)).toContain("bulletList");
    expect(shape(doc)).toContain("orderedList");
    expect(links(doc)).toEqual(["https://example.org/guidance"]);
    expect(text).toContain("Agency | Rule\nNIST | Parameters");
    expect(metadata).toMatchObject({ title: "A Word draft on model licences", author: "Dana Whitfield" });
  });

  it("makes the Title paragraph the title and the H1, with Word's headings one level below it", async () => {
    const { doc, metadata } = await docxToDoc(await buildDocx({ titleStyle: "Licences and models: a briefing" }));
    expect(shape(doc).slice(0, 4)).toEqual(["heading1", "heading2", "heading3", "paragraph"]);
    expect(doc.content[0]).toMatchObject({ content: [{ text: "Licences and models: a briefing" }] });
    expect(metadata.title).toBe("Licences and models: a briefing");
  });

  it("refuses a corrupt file with 422 and the reason", async () => {
    const error = await docxToDoc(new TextEncoder().encode("not a zip file")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ status: 422, message: expect.stringMatching(/^Could not read this file/) });
  });
});

describe("PDF", () => {
  it("reads a two-column page column by column, with the title as a heading", async () => {
    const { doc } = await pdfToDoc(await printPdf(TWO_COLUMN_HTML));
    const text = plainTextOfDoc(doc);
    expect(doc.content[0]).toMatchObject({ type: "heading", content: [{ text: "Two column report" }] });
    const order = [
      "Left column first",
      "Left column second",
      "Left column third",
      "Right column first",
      "Right column second",
      "Right column third",
    ].map((p) => text.indexOf(p));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Each paragraph comes out whole, on one line of the plain text.
    expect(text).toContain(
      "Right column third paragraph concludes that the government expects growth of one point eight percent next year if energy prices remain stable.",
    );
  });

  it("keeps paragraphs set without space between them apart: a short last line or an indented first line ends one", async () => {
    const paragraph = (words: string) =>
      `<p>${words} Ridership figures for the tram network were published by the authority in its annual report. That is all.</p>`;
    const solid = `<html><body style="font: 12pt serif"><div style="width: 32em">${paragraph("First paragraph.")}${paragraph("Second paragraph.")}</div><style>p { margin: 0 }</style></body></html>`;
    const indented = `<html><body style="font: 12pt serif"><div style="width: 32em">${paragraph("First indented.")}${paragraph("Second indented.")}</div><style>p { margin: 0; text-indent: 2em }</style></body></html>`;
    for (const html of [solid, indented]) {
      const text = plainTextOfDoc((await pdfToDoc(await printPdf(html))).doc);
      expect(text.split("\n")).toHaveLength(2);
      expect(text.split("\n")[1]).toMatch(/^Second/);
    }
  });

  it("joins words hyphenated across lines", async () => {
    const html = `<html><body style="font: 12pt serif"><p style="width: 9em">The spokes&shy;person confirmed the numbers, and the statis&shy;tics office agreed with every esti&shy;mate.</p></body></html>`;
    const text = plainTextOfDoc((await pdfToDoc(await printPdf(html))).doc);
    expect(text).toContain("spokesperson");
    expect(text).toContain("statistics");
    expect(text).toContain("estimate");
  });

  it("refuses a PDF without a text layer, and a corrupt one", async () => {
    const scan = await printPdf(
      `<html><body><div style="width:300px;height:200px;background:#888"></div></body></html>`,
    );
    await expect(pdfToDoc(scan)).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/no text layer/),
    });
    await expect(pdfToDoc(new TextEncoder().encode("%PDF-1.4 garbage"))).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/^Could not read this file/),
    });
  });
});

describe("importSource", () => {
  const env = { allowPrivateHosts: false };

  it("refuses an unsupported file type with 415 naming the supported ones", async () => {
    await expect(
      importSource({ kind: "file", fileName: "notes.rtf", bytes: new Uint8Array([1]) }, env),
    ).rejects.toMatchObject({
      status: 415,
      message: expect.stringContaining(".txt, .md, .html, .docx, .pdf"),
    });
  });

  it("refuses a document with no text after import", async () => {
    await expect(
      importSource({ kind: "paste", format: "markdown", text: "<script>x()</script>\n\n---" }, env),
    ).rejects.toMatchObject({ status: 422, field: "text" });
  });

  it("reads a page served in Shift_JIS, and an uploaded Windows-1252 page, in their own character sets", async () => {
    // 日本の港 (Shift_JIS), served by a page server on 127.0.0.1 that declares it only in the HTTP header.
    const body = Buffer.concat([
      Buffer.from("<html><body><article><h1>x</h1><p>"),
      Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x82, 0xcc, 0x8d, 0x60]),
      Buffer.from(" handled 4.2 million containers in 2025, the port authority said in its annual report.".repeat(4)),
      Buffer.from("</p></article></body></html>"),
    ]);
    const server = http.createServer((_, response) => {
      response.writeHead(200, { "Content-Type": "text/html; charset=Shift_JIS" });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/port`;
      const fetched = await importSource({ kind: "url", url }, { allowPrivateHosts: true });
      expect(plainTextOfDoc(fetched.doc)).toContain("日本の港 handled 4.2 million containers");
    } finally {
      server.close();
    }
    const upload = await importSource(
      {
        kind: "file",
        fileName: "brief.html",
        bytes: new Uint8Array([
          ...Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf'),
          0xe9,
          ...Buffer.from(" prices rose "),
          0x96,
          ...Buffer.from(" by 4 percent.</p></body></html>"),
        ]),
      },
      env,
    );
    expect(plainTextOfDoc(upload.doc)).toBe("Café prices rose – by 4 percent.");
  });

  it("refuses a file over 20 MB with 413", async () => {
    await expect(
      importSource({ kind: "file", fileName: "big.txt", bytes: new Uint8Array(20 * 1024 * 1024 + 1) }, env),
    ).rejects.toMatchObject({ status: 413 });
  });
});

describe("dropPageBoilerplate", () => {
  const doc = (...texts: string[]) => ({
    type: "doc" as const,
    content: texts.map((text) => ({ type: "paragraph" as const, content: [{ type: "text" as const, text }] })),
  });
  const kept = (author: string, ...texts: string[]) =>
    plainTextOfDoc(dropPageBoilerplate(doc(...texts), author)).split("\n");

  it("drops a byline repeated at the top and a paragraph that only announces an advert", () => {
    expect(kept("Mara Quill", "By Mara Quill", "Fares froze.")).toEqual(["Fares froze."]);
    expect(kept("Mara Quill", "Mara Quill · 14 March 2026", "Fares froze.")).toEqual(["Fares froze."]);
    expect(kept("Mara Quill", "Fares froze.", "Sponsored: cheap flights")).toEqual(["Fares froze."]);
  });

  it("keeps the author's own sentences, even short ones that name them or start with By", () => {
    expect(kept("Minister Ortega", "Minister Ortega said the budget would grow.", "It did.")).toEqual([
      "Minister Ortega said the budget would grow.",
      "It did.",
    ]);
    expect(kept("Mara Quill", "By Tuesday, Parliament had voted.", "Fares froze.")).toEqual([
      "By Tuesday, Parliament had voted.",
      "Fares froze.",
    ]);
  });
});
