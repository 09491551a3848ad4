import { expect, test } from "@playwright/test";
import { ADMIN, flagClaim, pasteDocument, signIn, signUp } from "./helpers";

// Documents in other languages (issue 26): each paragraph read with its language and
// direction, claims flagged and exported exactly in right-to-left text, and suggestions that
// say they are not available rather than applying English rules.

const ARABIC = [
  "تعامل الميناء مع تسعة ملايين حاوية في العام الماضي، بحسب هيئة الميناء.",
  "The port authority also published the figure in English on its website.",
  "وقالت الهيئة إن العدد سيرتفع في العام المقبل مع افتتاح رصيف جديد في الشمال.",
];

test("an Arabic document reads right to left, keeps an English paragraph left to right, and its claims round-trip", async ({
  page,
  baseURL,
}) => {
  const slug = await pasteDocument(baseURL, "تقرير الميناء", ARABIC);
  await signUp(page, "Rtl Rana");
  await page.goto(`/documents/${slug}`);
  const text = page.getByRole("article", { name: "Document text" });
  await expect(text).toHaveAttribute("lang", "ar");
  await expect(text).toHaveAttribute("dir", "rtl");
  await expect(text.locator("p").nth(0)).toHaveAttribute("dir", "rtl");
  await expect(text.locator("p").nth(1)).toHaveAttribute("lang", "en");
  await expect(text.locator("p").nth(1)).toHaveAttribute("dir", "ltr");
  // Laid out right to left, as the browser computes it.
  expect(
    await text
      .locator("p")
      .nth(0)
      .evaluate((p) => getComputedStyle(p).direction),
  ).toBe("rtl");
  expect(
    await text
      .locator("p")
      .nth(1)
      .evaluate((p) => getComputedStyle(p).direction),
  ).toBe("ltr");

  const phrase = "مع تسعة ملايين حاوية في العام الماضي";
  const claimId = await flagClaim(page, phrase);
  await expect(page.locator(`mark[data-claim-id="${claimId}"]`)).toHaveText(phrase);
  const w3c = await page.request.get(`/api/documents/${slug}/annotations?page=0`);
  expect(w3c.status()).toBe(200);
  type Selector = { type: string; exact?: string; start?: number };
  const { items } = (await w3c.json()) as { items: { target: { selector: Selector[] } }[] };
  const selectors = items[0]!.target.selector;
  expect(selectors.find((s) => s.type === "TextQuoteSelector")?.exact).toBe(phrase);
  expect(selectors.find((s) => s.type === "TextPositionSelector")?.start).toBe(ARABIC[0]!.indexOf(phrase));

  // Suggestions: no English rules on Arabic text.
  await page.getByRole("button", { name: "Suggestions" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Suggestions are not available for Arabic yet." }),
  ).toBeVisible();
  await expect(page.locator(".suggestion-mark")).toHaveCount(0);
});

test("a document's language can be set by hand in its details when reading it got it wrong", async ({
  page,
  baseURL,
}) => {
  const slug = await pasteDocument(baseURL, "Transliterated notes", [
    "Al-mina taamala maa tisaat malayin hawiya fi al-am al-madi, bihasab hayat al-mina.",
  ]);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/documents/${slug}/edit`);
  const language = page.getByLabel("Language");
  await expect(language).toHaveValue("");
  // What reading the text found is named beside the default.
  await expect(language.locator("option").first()).toHaveText(/^Read from the text/);
  await language.selectOption({ label: "Arabic" });
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Details saved." })).toBeVisible();
  await page.goto(`/documents/${slug}`);
  await expect(page.getByRole("article", { name: "Document text" })).toHaveAttribute("lang", "ar");
  await page.getByRole("button", { name: "Suggestions" }).click();
  await expect(page.getByRole("status").filter({ hasText: "not available for Arabic" })).toBeVisible();
});
