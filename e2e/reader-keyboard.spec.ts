import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { flagClaim, pasteDocument, selectInDocument, signUp } from "./helpers";

// The reader without a mouse, and on a phone (issue 13): caret browsing to select and flag,
// highlights as one roving tab stop, messages beside the selection, the bottom sheet.

const SENTENCES = [
  "Grain exports rose nine percent in 2022.",
  "The river port opened in 1871.",
  "Rail freight halved over the decade.",
];
const panelOf = (page: Page) => page.getByRole("complementary", { name: "Claims" });

test("flags a claim with the keyboard alone: caret mode, Shift+arrows, Shift+F", async ({ page, baseURL }) => {
  const slug = await pasteDocument(baseURL, "Keyboard walk", SENTENCES);
  await signUp(page, "Keyboard Kai");
  await page.goto(`/documents/${slug}`);
  const toggle = page.getByRole("button", { name: "Select text with the keyboard" });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("status").filter({ hasText: "Keyboard selection on" })).toBeVisible();
  const caretAxe = await new AxeBuilder({ page }).include(".reader-main").analyze();
  expect(caretAxe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  const text = page.getByRole("article", { name: "Document text" });
  await expect(text).toBeFocused();

  // Walk the caret down to the second sentence (one paragraph each) and select it with Shift+End.
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(SENTENCES[1]);
  // Typing changes nothing: the text is read-only even with a caret.
  await page.keyboard.type("x");
  await expect(text).toContainText(SENTENCES[1]!);
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  await page.keyboard.press("Shift+F");
  await expect(page.getByRole("status").filter({ hasText: "Claim flagged" })).toBeVisible();
  await expect(page.locator("mark[data-claim-id]")).toHaveText(SENTENCES[1]!);
  // The new claim's note form has the focus.
  await expect(panelOf(page).getByRole("form", { name: "Add verification note" }).getByLabel("Verdict")).toBeFocused();

  // Escape in the text leaves caret mode and gives the focus back to the toggle.
  await text.getByText(SENTENCES[2]!).click();
  await expect(text).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(toggle).toBeFocused();
  // The claim stays open: that Escape was the caret mode's.
  await expect(panelOf(page).locator(".claim-quote")).toHaveText(SENTENCES[1]!);
});

test("highlights are one tab stop with arrows between them; selection messages appear beside the selection", async ({
  page,
  baseURL,
}) => {
  const slug = await pasteDocument(baseURL, "Roving walk", SENTENCES);
  await signUp(page, "Roving Rae");
  await page.goto(`/documents/${slug}`);
  const first = await flagClaim(page, SENTENCES[0]!);
  const third = await flagClaim(page, SENTENCES[2]!);

  // Flagging the same words again says so beside the selection, not below the document.
  await selectInDocument(page, SENTENCES[2]!);
  const button = page.getByRole("button", { name: "Flag claim" });
  await button.click();
  const message = page.getByRole("status").filter({ hasText: "Already flagged:" });
  await expect(message).toBeVisible();
  const [buttonBox, messageBox, documentBox] = await Promise.all([
    button.boundingBox(),
    message.boundingBox(),
    page.getByRole("region", { name: "Document" }).boundingBox(),
  ]);
  expect(messageBox!.y).toBeGreaterThan(buttonBox!.y);
  expect(messageBox!.y - buttonBox!.y).toBeLessThan(90);
  expect(Math.abs(messageBox!.x - buttonBox!.x)).toBeLessThan(40);
  // The document is three lines long: "below the document" would be under the whole text.
  expect(documentBox).not.toBeNull();
  await message.getByRole("button", { name: "open it" }).click();
  await expect(page).toHaveURL(new RegExp(`#claim-${third}$`));
  await page.keyboard.press("Escape");

  // One tab stop for all highlights; the arrows move between claims in text order.
  await expect(page.locator('mark[data-claim-id][tabindex="0"]')).toHaveCount(1);
  await page.getByRole("button", { name: "Suggestions" }).focus();
  await page.keyboard.press("Tab");
  await expect(page.locator(`mark[data-claim-id="${third}"]`)).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(page.locator(`mark[data-claim-id="${first}"]`)).toBeFocused();
  await expect(page.locator('mark[data-claim-id][tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press("End");
  await expect(page.locator(`mark[data-claim-id="${third}"]`)).toBeFocused();
  await page.keyboard.press("Home");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#claim-${first}$`));
  await expect(panelOf(page).locator(".claim-quote")).toHaveText(SENTENCES[0]!);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the flag button waits at the thumb and an open claim is a focus-trapped bottom sheet", async ({
    page,
    baseURL,
  }) => {
    const slug = await pasteDocument(baseURL, "Sheet walk", SENTENCES);
    await signUp(page, "Sheet Sol");
    await page.goto(`/documents/${slug}`);
    await selectInDocument(page, SENTENCES[0]!);
    const flag = page.getByRole("button", { name: "Flag claim" });
    const box = (await flag.boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(844 - 90);
    await flag.tap();

    const sheet = page.getByRole("dialog", { name: "Claim" });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole("form", { name: "Add verification note" }).getByLabel("Verdict")).toBeFocused();
    // The focus stays in the sheet, however far one tabs.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      expect(await sheet.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    // The text behind it cannot be reached.
    expect(
      await page.getByRole("region", { name: "Document" }).evaluate((element) => element.closest("[inert]") !== null),
    ).toBe(true);

    await sheet.getByRole("button", { name: "Close", exact: true }).tap();
    await expect(sheet).toBeHidden();
    const mark = page.locator("mark[data-claim-id]").first();
    await expect(mark).toBeFocused();
    // Tapping the highlight opens the sheet again; Escape closes it.
    await mark.tap();
    await expect(sheet).toBeVisible();
    await expect(sheet.locator(".claim-quote")).toHaveText(SENTENCES[0]!);
    await page.keyboard.press("Escape");
    await expect(sheet).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
