import { expect, test, type Page } from "@playwright/test";
import { ADMIN, flagClaim, pasteDocument, selectInDocument, signIn, signUp } from "./helpers";

// Documents in other languages (issue 26): each paragraph read with its language and
// direction, claims flagged and exported exactly in right-to-left text, and suggestions that
// say they are not available rather than applying English rules.

const ARABIC = [
  "تعامل الميناء مع تسعة ملايين حاوية في العام الماضي، بحسب هيئة الميناء.",
  "The port authority also published the figure in English on its website.",
  "وقالت الهيئة إن العدد سيرتفع في العام المقبل مع افتتاح رصيف جديد في الشمال.",
];

type Selector = { type: string; exact?: string; start?: number; end?: number };

/** The W3C export's TextQuote and TextPosition selectors of the claim whose quote is `exact`. */
async function exportedSelectors(page: Page, slug: string, exact: string) {
  const w3c = await page.request.get(`/api/documents/${slug}/annotations?page=0`);
  expect(w3c.status()).toBe(200);
  const { items } = (await w3c.json()) as { items: { target: { selector: Selector[] } }[] };
  const selectors = items
    .map((item) => item.target.selector)
    .find((s) => s.some((one) => one.type === "TextQuoteSelector" && one.exact === exact));
  return {
    quote: selectors?.find((s) => s.type === "TextQuoteSelector")?.exact,
    position: selectors?.find((s) => s.type === "TextPositionSelector"),
  };
}

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
  const { quote, position } = await exportedSelectors(page, slug, phrase);
  expect(quote).toBe(phrase);
  expect(position?.start).toBe(ARABIC[0]!.indexOf(phrase));

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

const SCRIPTS = [
  "ارتفعت صادرات الحبوب تسعة في المئة في العام الماضي.",
  "港口去年处理了九百万个集装箱，比前年多一成。",
  "הנמל טיפל בתשעה מיליון מכולות בשנה שעברה.",
];

test("flags Arabic, Chinese and Hebrew lines with the keyboard alone; their selectors round-trip exactly", async ({
  page,
  baseURL,
}) => {
  const slug = await pasteDocument(baseURL, "Scripts by keyboard", SCRIPTS);
  await signUp(page, "Caret Chen");
  await page.goto(`/documents/${slug}`);
  const toggle = page.getByRole("button", { name: "Select text with the keyboard" });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const text = page.getByRole("article", { name: "Document text" });
  await expect(text).toBeFocused();
  const plainText = SCRIPTS.join("\n");
  for (const [line, sentence] of SCRIPTS.entries()) {
    // The caret to the line's start (Home: its logical start, the right edge in Arabic and
    // Hebrew), then the whole line with Shift+End, and Shift+F flags it.
    // Flagging put the focus in the new claim's note form: back in the text, still in caret mode.
    await text.focus();
    await page.keyboard.press("Control+Home");
    for (let i = 0; i < line; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Home");
    await page.keyboard.press("Shift+End");
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(sentence);
    await page.keyboard.press("Shift+F");
    await expect(page.locator("mark[data-claim-id]").filter({ hasText: sentence })).toHaveText(sentence);
    const { quote, position } = await exportedSelectors(page, slug, sentence);
    expect(quote).toBe(sentence);
    expect(position).toMatchObject({
      start: plainText.indexOf(sentence),
      end: plainText.indexOf(sentence) + sentence.length,
    });
  }
  await expect(page.locator("mark[data-claim-id]")).toHaveCount(3);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a tap on the flag button flags a selection of right-to-left and Chinese text", async ({ page, baseURL }) => {
    const slug = await pasteDocument(baseURL, "Scripts by touch", SCRIPTS);
    await signUp(page, "Touch Tamar");
    await page.goto(`/documents/${slug}`);
    const plainText = SCRIPTS.join("\n");
    for (const phrase of ["صادرات الحبوب تسعة في المئة", "九百万个集装箱", "בתשעה מיליון מכולות"]) {
      await selectInDocument(page, phrase);
      await page.getByRole("button", { name: "Flag claim" }).tap();
      const sheet = page.getByRole("dialog", { name: "Claim" });
      await expect(sheet.locator(".claim-quote")).toHaveText(phrase);
      await sheet.getByRole("button", { name: "Close", exact: true }).tap();
      await expect(sheet).toBeHidden();
      const { quote, position } = await exportedSelectors(page, slug, phrase);
      expect(quote).toBe(phrase);
      expect(position?.start).toBe(plainText.indexOf(phrase));
    }
  });
});
