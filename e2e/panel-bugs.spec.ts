import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { addNote, apiSignUp, ESSAY_PATH, flagClaim, selectInDocument, setRole, signUp } from "./helpers";

// The bugs issue 13 found in the reader and the review flow, each as a person meets it, on a
// desktop and on a phone viewport (the "phone" project runs this file at 390×844).
const SLUG = "open-vs-closed-source-ai";
const ESSAY = fs.readFileSync("prisma/seed/essay.txt", "utf8");

/** Different sentences per viewport, since both runs share one database and a span is flagged once. */
const PHRASES = {
  chromium: {
    ownNote: "The rapid development of artificial intelligence technology",
    twice: "The rise of the open source model in the field of AI",
    split: "This open collaboration model is particularly valuable",
    long: "Compared to the idealism of open source",
    errors: "The pendulum of cutting-edge technology",
  },
  phone: {
    ownNote: "The future pattern may present",
    twice: "The competition between open source and closed source",
    split: "The closed source mode is more attractive at the national security level",
    long: "is pushing the global technology community",
    errors: "stems from its natural fit",
  },
} as const;
const phrases = () => PHRASES[test.info().project.name as keyof typeof PHRASES];

function offsetsOf(phrase: string) {
  const start = ESSAY.indexOf(phrase);
  expect(start, phrase).toBeGreaterThanOrEqual(0);
  return { start, end: start + phrase.length, exact: phrase };
}

/** Flags a phrase through the API and returns the claim id. */
async function apiFlag(api: APIRequestContext, phrase: string): Promise<string> {
  const response = await api.post(`/api/documents/${SLUG}/claims`, { data: offsetsOf(phrase) });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).id;
}

async function apiNote(api: APIRequestContext, claimId: string, verdict: string, rationale: string, url = "https://example.org/source") {
  const response = await api.post(`/api/claims/${claimId}/notes`, { data: { verdict, rationale, sources: [{ url }] } });
  expect(response.status(), await response.text()).toBe(201);
}

const panelOf = (page: import("@playwright/test").Page) => page.getByRole("complementary", { name: "Claims" });

test("a reviewer adds a note and then publishes the verdict in the same open panel", async ({ page, browser, baseURL }) => {
  const olga = await request.newContext({ baseURL });
  await apiSignUp(olga, "Olga Older");
  const claimId = await apiFlag(olga, phrases().ownNote);
  await apiNote(olga, claimId, "MISLEADING", "Overstated; see the source.");
  await olga.dispose();

  const name = `Rhea Reviewer ${test.info().project.name}`;
  await signUp(page, name);
  await setRole(browser, name, "Reviewer");
  await page.goto(`${ESSAY_PATH}#claim-${claimId}`);
  const panel = panelOf(page);
  await expect(panel.getByTestId("claim-status")).toHaveText("In review");
  await addNote(page, "Misleading", "Agree: the statement overreaches.", [{ url: "https://example.org/second-source" }]);
  // Straight on, as a person would: no waiting for the panel to reload after the note.
  const form = panel.getByRole("form", { name: "Final verdict" });
  await form.getByLabel("Verdict").selectOption({ label: "Misleading" });
  await form.getByLabel("Summary").fill("Overstates what the sources say.");
  await form.getByRole("button", { name: "Publish verdict" }).click();
  await expect(panel.getByTestId("claim-status")).toHaveText("Reviewed");
  await expect(panel.getByText("This claim changed since you opened it")).toHaveCount(0);
  await expect(panel.getByRole("heading", { name: "Verification notes (2)" })).toBeVisible();
});

test("flagging exactly the same text again offers the existing claim instead of a second one", async ({ page, baseURL }) => {
  await signUp(page, "Twice Tina");
  await page.goto(ESSAY_PATH);
  const phrase = phrases().twice;
  const first = await flagClaim(page, phrase);
  await page.getByRole("button", { name: "← All claims" }).click();
  await selectInDocument(page, phrase);
  await page.getByRole("button", { name: "Flag claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Already flagged:" })).toBeVisible();
  await page.getByRole("button", { name: "open it" }).click();
  await expect(panelOf(page).locator(".claim-quote")).toHaveText(phrase);
  await expect(page).toHaveURL(new RegExp(`#claim-${first}$`));
  const api = await request.newContext({ baseURL });
  const claims = (await (await api.get(`/api/documents/${SLUG}/claims`)).json()) as { start: number; end: number }[];
  const at = offsetsOf(phrase);
  expect(claims.filter((c) => c.start === at.start && c.end === at.end)).toHaveLength(1);
  await api.dispose();
});

test("a tie between notes reads as a split, not as a majority", async ({ page, baseURL }) => {
  const [a, b] = [await request.newContext({ baseURL }), await request.newContext({ baseURL })];
  await apiSignUp(a, "Split Sam");
  await apiSignUp(b, "Split Sue");
  const claimId = await apiFlag(a, phrases().split);
  await apiNote(a, claimId, "FALSE", "No source supports it.");
  await apiNote(b, claimId, "MISLEADING", "Partly true, framed wrongly.");
  await Promise.all([a.dispose(), b.dispose()]);
  await page.goto(`${ESSAY_PATH}#claim-${claimId}`);
  await expect(panelOf(page).getByTestId("agreement")).toHaveText("Agreement: split: 1 False, 1 Misleading.");
});

test("long unbroken text wraps in the panel instead of making it scroll sideways", async ({ page, baseURL }) => {
  const api = await request.newContext({ baseURL });
  await apiSignUp(api, "Long Lou");
  const claimId = await apiFlag(api, phrases().long);
  const longUrl = `https://example.org/${"a".repeat(300)}`;
  await apiNote(api, claimId, "UNVERIFIABLE", `See ${longUrl} and ${"Donaudampfschifffahrtsgesellschaft".repeat(8)}.`, longUrl);
  await api.dispose();
  await page.goto(`${ESSAY_PATH}#claim-${claimId}`);
  const panel = panelOf(page);
  await expect(panel.getByText(/Donaudampfschifffahrts/)).toBeVisible();
  const overflow = await panel.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

test("a field's error clears as soon as the field is corrected", async ({ page, baseURL }) => {
  const api = await request.newContext({ baseURL });
  const { email, password } = await apiSignUp(api, "Error Erin");
  const claimId = await apiFlag(api, phrases().errors);
  await api.dispose();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.goto(`${ESSAY_PATH}#claim-${claimId}`);
  const form = page.getByRole("form", { name: "Add verification note" });
  await form.getByRole("button", { name: "Save note" }).click();
  await expect(form.getByText("Write the reasoning behind the verdict.")).toBeVisible();
  await expect(form.getByText("Choose a verdict from the scale.")).toBeVisible();
  await form.getByLabel("Rationale").fill("Now there is a reason.");
  await expect(form.getByText("Write the reasoning behind the verdict.")).toHaveCount(0);
  await expect(form.getByText("Choose a verdict from the scale.")).toBeVisible();
  await form.getByLabel("Verdict").selectOption({ label: "False" });
  await expect(form.getByText("Choose a verdict from the scale.")).toHaveCount(0);
});

test("the PDF report embeds every font it uses and keeps CJK punctuation as text", async ({ baseURL }) => {
  test.skip(test.info().project.name !== "chromium", "the PDF is the same for every viewport");
  const api = await request.newContext({ baseURL });
  await apiSignUp(api, "Cjk Chen");
  await apiFlag(api, "1、 Open Source Spirit: Democratization of Technology and Innovation Accelerator");
  const pdf = await api.get(`/api/documents/${SLUG}/report?format=pdf`);
  expect(pdf.status()).toBe(200);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cjk-")), "report.pdf");
  fs.writeFileSync(file, await pdf.body());
  // Chromium embeds its fonts as unnamed Type 3 fonts, so pdffonts cannot name the CJK one;
  // every font is embedded (nothing is left for a viewer to substitute with boxes).
  const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
  for (const line of fonts.split("\n").slice(2).filter(Boolean)) expect(line, line).toMatch(/\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  expect(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" })).toContain("1、 Open Source Spirit");
  await api.dispose();
});
