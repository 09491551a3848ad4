import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { buildDocx } from "../lib/import/test-fixtures";
import { ADMIN, selectInDocument, signIn, signUp } from "./helpers";

// Importing documents (paste, upload, web address), and new versions that keep claims
// anchored: exact, fuzzy (wording changed) and orphaned, re-attaching, comparing.

let pageServer: http.Server;
let pageBase = "";
test.beforeAll(async () => {
  const article = fs.readFileSync("lib/import/fixtures/article.html", "utf8");
  pageServer = http.createServer((req, res) => {
    if (req.url === "/article") return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(article);
    res.writeHead(404).end("not here");
  });
  await new Promise<void>((resolve) => pageServer.listen(0, "127.0.0.1", resolve));
  pageBase = `http://127.0.0.1:${(pageServer.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => pageServer.close(() => resolve())));

async function openImport(page: Page, tab: "Paste text" | "Upload a file" | "From a web address") {
  await page.goto("/");
  await page.getByRole("link", { name: "Add a document" }).click();
  await expect(page.getByRole("heading", { name: "Add a document" })).toBeVisible();
  await page.getByRole("tab", { name: tab }).click();
}

test.describe("importing documents", () => {
  test.beforeEach(async ({ page }) => signIn(page, ADMIN.email, ADMIN.password));

  test("paste Markdown, upload a Word file, fetch a web page: each becomes a readable document", async ({ page }) => {
    const stamp = Date.now();
    await openImport(page, "Paste text");
    await page.getByLabel("Title").fill(`Pasted brief ${stamp}`);
    await page.getByLabel("Format").selectOption({ label: "Markdown" });
    await page
      .getByLabel("Text")
      .fill(
        "## Rates\n\n- Inflation fell to **2.1 percent** in 2025.\n- Wages rose by *3 percent*.\n\n> Quoted: the central bank kept rates at 4 percent.",
      );
    await page.getByRole("button", { name: "Import document" }).click();
    // The title is metadata, not text: it heads the page as its one H1, outside the document's text.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Pasted brief ${stamp}`);
    await expect(
      page.getByRole("region", { name: "Document" }).getByRole("heading", { name: `Pasted brief ${stamp}` }),
    ).toHaveCount(0);
    const doc = page.getByRole("region", { name: "Document" });
    await expect(doc.getByRole("heading", { name: "Rates" })).toBeVisible();
    await expect(doc.getByRole("listitem").filter({ hasText: "Inflation fell to 2.1 percent in 2025." })).toBeVisible();
    // The author's emphasis is kept, the text unchanged around it.
    await expect(doc.locator("strong")).toHaveText("2.1 percent");
    await expect(doc.locator("em")).toHaveText("3 percent");
    await expect(doc.locator("blockquote")).toContainText("the central bank kept rates at 4 percent");

    await openImport(page, "Upload a file");
    await page.getByLabel("File").setInputFiles({
      name: "draft.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(
        await buildDocx({ paragraphs: [`Docx upload sentence ${stamp} says exports grew by twelve percent.`] }),
      ),
    });
    await page.getByRole("button", { name: "Import document" }).click();
    await expect(page.getByRole("region", { name: "Document" })).toContainText(
      `Docx upload sentence ${stamp} says exports grew by twelve percent.`,
    );
    await expect(page.locator(".byline")).toContainText("Dana Whitfield");

    await openImport(page, "From a web address");
    await page.getByLabel("URL").fill(`${pageBase}/article`);
    await page.getByRole("button", { name: "Import document" }).click();
    const web = page.getByRole("region", { name: "Document" });
    await expect(web).toContainText("The GPL-3.0 protocol adds a contagious open source clause");
    await expect(web).not.toContainText("Subscribe now");
    await expect(web).not.toContainText("Buy cheap GPUs");
    await expect(web.getByRole("link", { name: "guidance note" })).toHaveAttribute(
      "rel",
      "noopener noreferrer nofollow",
    );
    // Each part of the byline says what it is.
    await expect(page.locator(".byline")).toHaveText(
      `Author Dana Whitfield · Publisher The Policy Desk · Published 14 Mar 2026 · Original policy-desk.example`,
    );
  });

  test("a failed import stays on the form, says why beside the field, and keeps what was typed", async ({ page }) => {
    await openImport(page, "From a web address");
    await page.getByLabel("URL").fill(`${pageBase}/missing-page`);
    await page.getByRole("button", { name: "Import document" }).click();
    await expect(page.locator("#import-url-error")).toContainText("answered 404");
    await expect(page.getByLabel("URL")).toHaveValue(`${pageBase}/missing-page`);
    // Other tabs keep their text too.
    await page.getByRole("tab", { name: "Paste text" }).click();
    await page.getByLabel("Text").fill("Draft kept across tabs.");
    await page.getByRole("tab", { name: "Upload a file" }).click();
    await page
      .getByLabel("File")
      .setInputFiles({ name: "notes.rtf", mimeType: "application/rtf", buffer: Buffer.from("{\\rtf1 hello}") });
    await page.getByRole("button", { name: "Import document" }).click();
    await expect(page.locator("#import-file-error")).toContainText("Supported types: .txt, .md, .html, .docx, .pdf");
    await page.getByRole("tab", { name: "Paste text" }).click();
    await expect(page.getByLabel("Text")).toHaveValue("Draft kept across tabs.");
  });
});

test("annotators see why they cannot add documents, and the server refuses them", async ({ page }) => {
  await signUp(page, "Ivo Importless");
  await page.goto("/documents/new");
  await expect(page.getByText("Adding documents needs the reviewer role")).toBeVisible();
  await expect(page.getByRole("button", { name: "Import document" })).toHaveCount(0);
  const response = await page.request.post("/api/documents", {
    data: { source: "paste", format: "text", text: "x" },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(403);
});

test("a new version moves claims: one fuzzy, one orphaned, the rest exact; an orphan is re-attached; revisions compare", async ({
  page,
}) => {
  const stamp = Date.now();
  const kept = `Harbour ${stamp} handled nine million containers in 2025.`;
  const edited = `The port authority ${stamp} said dredging cost 40 million euros.`;
  const deleted = `Shipping lines ${stamp} reported record profits that year.`;
  const also = `A second terminal ${stamp} opens in 2027, officials said.`;
  const v1 = [kept, edited, deleted, also].join("\n");
  const v2 = [
    `Correction ${stamp}: figures updated after the audit.`,
    kept,
    edited.replace("40 million", "45 million"),
    also,
  ].join("\n");

  await signIn(page, ADMIN.email, ADMIN.password);
  await openImport(page, "Paste text");
  await page.getByLabel("Title").fill(`Port figures ${stamp}`);
  await page.getByLabel("Text").fill(v1);
  await page.getByRole("button", { name: "Import document" }).click();
  await expect(page.getByRole("region", { name: "Document" })).toContainText(kept);
  const readerUrl = page.url();

  for (const sentence of [kept, edited, deleted, also]) {
    await selectInDocument(page, sentence);
    await page.getByRole("button", { name: "Flag claim" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Claim flagged" })).toBeVisible();
    await page.getByRole("button", { name: "← All claims" }).click();
  }

  await page.getByRole("link", { name: "Upload a new version" }).click();
  await page.getByRole("tab", { name: "Paste text" }).click();
  await page.getByLabel("Text").fill(v2);
  await page.getByRole("button", { name: "Import new version" }).click();
  await expect(page).toHaveURL(readerUrl);
  await expect(page.getByRole("navigation", { name: "Revisions" })).toContainText("Revision 2 of 2");
  // The reader says what became of the claims, once.
  await expect(page.getByRole("status").filter({ hasText: "Revision 2:" })).toHaveText(
    "Revision 2: 2 unchanged, 1 reworded — check its verdict, 1 orphaned — re-attach it from the list.",
  );

  const panel = page.getByRole("complementary", { name: "Claims" });
  await expect(panel.getByRole("heading", { name: "Claims in this document (3)" })).toBeVisible();
  await expect(panel.getByRole("button", { name: /wording changed/ })).toHaveCount(1);
  await expect(panel.getByRole("button", { name: /wording changed/ })).toContainText("45 million");
  const orphans = panel.getByRole("region", { name: /Orphaned claims/ });
  await expect(orphans.getByRole("button")).toHaveCount(1);
  await expect(orphans.getByRole("button")).toContainText(deleted);
  await expect(page.locator("mark.claim-fuzzy")).toHaveText(edited.replace("40 million", "45 million"));

  // The fuzzy claim shows its old and new wording.
  await panel.getByRole("button", { name: /wording changed/ }).click();
  await expect(panel.getByRole("note", { name: "Wording changed" })).toContainText("40 million");
  await panel.getByRole("button", { name: "← All claims" }).click();

  // Re-attach the orphan to the correction line.
  await orphans.getByRole("button").click();
  await expect(panel.getByRole("note", { name: "Orphaned claim" })).toContainText(deleted);
  await selectInDocument(page, `Correction ${stamp}: figures updated after the audit.`);
  await page.getByRole("button", { name: "Re-attach here" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim re-attached" })).toBeVisible();
  await expect(page.locator(`mark[data-claim-id]`, { hasText: `Correction ${stamp}` })).toBeVisible();
  await page.getByRole("button", { name: "← All claims" }).click();
  await expect(panel.getByRole("region", { name: /Orphaned claims/ })).toHaveCount(0);

  // Revision 1 is still readable with the claims as they were.
  await page.getByRole("navigation", { name: "Revisions" }).getByRole("link", { name: "Revision 1" }).click();
  await expect(page.getByRole("note").filter({ hasText: "You are reading revision 1" })).toBeVisible();
  await expect(page.locator("mark[data-claim-id]", { hasText: deleted })).toBeVisible();
  await expect(page.getByRole("button", { name: "Flag claim" })).toHaveCount(0);

  // Compare: the touched claims with their new state, and the text changes.
  await page.getByRole("link", { name: "Compare revisions" }).click();
  await expect(page.getByRole("heading", { name: "Compare revisions 1 and 2" })).toBeVisible();
  const touched = page.getByRole("region", { name: "Claims the changes touched" });
  await expect(touched.getByRole("listitem")).toHaveCount(2);
  await expect(touched.getByRole("listitem").filter({ hasText: "Wording changed" })).toContainText("45 million");
  // The deleted sentence's claim was re-attached in revision 2: it lists where it went, and who put it there.
  await expect(touched.getByRole("listitem").filter({ hasText: deleted })).toContainText(`Correction ${stamp}`);
  await expect(touched.getByRole("listitem").filter({ hasText: deleted })).toContainText("Re-attached by Ada Admin");
  await expect(page.locator(".diff-text ins").first()).toBeVisible();
});
