import { expect, request, test } from "@playwright/test";
import { addNote, apiSignUp, flagClaim, pasteDocument, signUp } from "./helpers";
import { expectDocumented } from "./openapi-check";

test("a search from the header finds a claim's note by its words, marked, and narrows by type", async ({
  page,
  baseURL,
}) => {
  const stamp = Date.now();
  const claim = `The harbour dredging cost ${stamp} pounds last year`;
  const path = `/documents/${await pasteDocument(baseURL, "Harbour", [`${claim}, officials said.`])}`;
  await signUp(page, "Sadie Search");
  await page.goto(path);
  await flagClaim(page, claim);
  await addNote(page, "False", "The port authority's accounts show a lower sum for the zanzibarite contract.", [
    { url: "https://example.org/port-accounts", title: "Port accounts" },
  ]);

  await page.getByRole("link", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/search$/);
  await page.getByLabel("Search everything").fill("zanzibarite contract");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toHaveText("1 result for “zanzibarite contract”");
  const result = page.getByRole("listitem").filter({ hasText: "zanzibarite" });
  await expect(result.locator("mark")).toHaveText(["zanzibarite", "contract"]);
  await expect(result.getByRole("link", { name: claim })).toHaveAttribute("href", new RegExp(`${path}#claim-`));

  // The claim by its quote; then only documents, which do not mention the note's word.
  await page.getByLabel("Search everything").fill(`dredging ${stamp}`);
  await page.getByLabel("Type").selectOption({ label: "Claims" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toHaveText(`1 result for “dredging ${stamp}”`);
  await page.getByLabel("Search everything").fill("zanzibarite");
  await page.getByLabel("Type").selectOption({ label: "Documents" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("status")).toHaveText("Nothing matches “zanzibarite” that you can read.");
});

test("a private desk's words are found by its members only, through the page and the API", async ({
  browser,
  baseURL,
}) => {
  const stamp = Date.now();
  const word = `quillwort${stamp}`;
  const member = await request.newContext({ baseURL });
  await apiSignUp(member, "Della Desk");
  const origin = { Origin: baseURL! };
  const desk = await member.post("/api/workspaces", {
    data: { name: `Search desk ${stamp}`, visibility: "PRIVATE" },
    headers: origin,
  });
  expect(desk.status()).toBe(201);
  const slug = (await desk.json()).slug as string;
  const made = await member.post("/api/documents", {
    data: {
      source: "paste",
      format: "text",
      title: `Secret ${stamp}`,
      text: `The ${word} report is embargoed.`,
      workspace: slug,
    },
    headers: origin,
  });
  expect(made.status()).toBe(201);
  const mine = await member.get(`/api/search?q=${word}`);
  await expectDocumented(member, mine, "GET", "/api/search");
  expect((await mine.json()).total).toBe(1);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/search?q=${word}`);
  await expect(visitor.getByRole("status")).toHaveText(`Nothing matches “${word}” that you can read.`);
  const other = await request.newContext({ baseURL });
  await apiSignUp(other, "Otto Outside");
  expect((await (await other.get(`/api/search?q=${word}`)).json()).total).toBe(0);
  expect((await other.get("/api/search?q=")).status()).toBe(400);
  await member.dispose();
  await other.dispose();
});
