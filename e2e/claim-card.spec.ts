import { expect, request, test, type Page } from "@playwright/test";
import { apiSignUp, ESSAY_PATH, flagClaim, pasteDocument, selectInDocument, signUp } from "./helpers";

// The reader as a publication-grade tool (issue 24): the title and a labelled byline under one
// slim toolbar, a claim card that reads verdict first with sections that fold, Shift+S in caret
// mode, the phone's bottom bar, and an inbox badge that follows mentions while a page is open.

const SENTENCES = [
  "Tram ridership rose by a third in 2024. The depot closed in May.",
  "The bridge toll was abolished in 2019.",
  "Cycle lanes doubled in length over five years.",
];
const panelOf = (page: Page) => page.getByRole("complementary", { name: "Claims" });

test("the title is the page's one H1 under the toolbar, and the toolbar's Report opens the report", async ({
  page,
  baseURL,
}) => {
  const slug = await pasteDocument(baseURL, "Transit brief", SENTENCES);
  await signUp(page, "Title Tia");
  await page.goto(`/documents/${slug}`);
  const title = page.getByRole("heading", { level: 1 });
  await expect(title).toHaveCount(1);
  await expect(title).toHaveText(/^Transit brief \d+$/);
  // Under the toolbar, which stays in reach while reading.
  const toolbarBox = await page.locator(".reader-toolbar-bar").boundingBox();
  expect((await title.boundingBox())!.y).toBeGreaterThan(toolbarBox!.y);

  // The seeded essay opens with its own title as a heading: it is the H1, never printed twice.
  await page.goto(ESSAY_PATH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "The Debate between Open Source and Closed Source",
  );
  await page.getByRole("link", { name: "Verification report" }).click();
  await expect(page).toHaveURL(/\/report$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("The Debate between Open Source");
});

test("the claim card reads verdict first and its sections fold; Shift+S selects the sentence at the caret", async ({
  page,
  baseURL,
}) => {
  const slug = await pasteDocument(baseURL, "Fold walk", SENTENCES);
  await signUp(page, "Fold Fay");
  await page.goto(`/documents/${slug}`);

  // Caret mode: Shift+S selects the sentence the caret is in, Shift+F flags it.
  await page.getByRole("button", { name: "Select text with the keyboard" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Shift+S selects the sentence" })).toBeVisible();
  await page.keyboard.press("Control+Home");
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+S");
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe("Tram ridership rose by a third in 2024.");
  await page.keyboard.press("Shift+F");
  await expect(page.locator("mark[data-claim-id]")).toHaveText("Tram ridership rose by a third in 2024.");
  await page.keyboard.press("Escape");

  const panel = panelOf(page);
  const card = panel.getByRole("article", { name: "Claim" });
  // Quote, then where the claim stands, before who flagged it.
  const order = await card.evaluate((el) =>
    [...el.querySelectorAll(".claim-quote, [data-testid=claim-status], .claim-facts dt")].map((n) => n.textContent),
  );
  expect(order.slice(0, 3)).toEqual(["Tram ridership rose by a third in 2024.", "Status", "Flagged"]);

  const notes = panel.getByRole("button", { name: "Verification notes (0)" });
  await expect(notes).toHaveAttribute("aria-expanded", "true");
  await expect(panel.getByRole("heading", { name: "Verification notes (0)" })).toBeVisible();
  await notes.click();
  await expect(notes).toHaveAttribute("aria-expanded", "false");
  await expect(panel.getByRole("form", { name: "Add verification note" })).toBeHidden();
  const similar = panel.getByRole("button", { name: "Similar fact-checks" });
  await similar.click();
  await expect(similar).toHaveAttribute("aria-expanded", "false");
  await expect(panel.getByText(/No close match|Looking for earlier fact-checks/)).toBeHidden();
  await notes.click();
  await expect(panel.getByRole("form", { name: "Add verification note" })).toBeVisible();
  // History stays folded until asked for.
  await expect(panel.getByRole("list", { name: "History" })).toBeHidden();
  await panel.getByText(/^History \(\d+\)$/).click();
  await expect(panel.getByRole("list", { name: "History" })).toContainText("flagged");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the sheet opens on the quote and status, with Add note and Next claim in a bottom bar", async ({
    page,
    baseURL,
  }) => {
    const slug = await pasteDocument(baseURL, "Phone bar walk", SENTENCES);
    await signUp(page, "Phone Pia");
    await page.goto(`/documents/${slug}`);
    await flagClaim(page, "The bridge toll was abolished in 2019.");
    const sheet = page.getByRole("dialog", { name: "Claim" });
    await sheet.getByRole("button", { name: "Close", exact: true }).tap();
    await selectInDocument(page, "Cycle lanes doubled in length over five years.");
    await page.getByRole("button", { name: "Flag claim" }).tap();
    await sheet.getByRole("button", { name: "Close", exact: true }).tap();
    await page.locator("mark[data-claim-id]").first().tap();
    await expect(sheet).toBeVisible();
    await expect(sheet.locator(".claim-quote")).toBeInViewport();
    await expect(sheet.getByTestId("claim-status")).toBeInViewport();

    const bar = sheet.getByRole("group", { name: "Claim actions" });
    await expect(bar.getByRole("button", { name: "Add note" })).toBeInViewport();
    // The panel's own stepper gives way to the bar: one "Next claim" in the sheet.
    await expect(sheet.getByRole("button", { name: "Next claim" })).toHaveCount(1);
    await sheet.getByRole("button", { name: "Verification notes (0)" }).tap();
    await bar.getByRole("button", { name: "Add note" }).tap();
    const verdict = sheet.getByRole("form", { name: "Add verification note" }).getByLabel("Verdict");
    await expect(verdict).toBeFocused();
    await expect(verdict).toBeInViewport();
    await bar.getByRole("button", { name: "Next claim" }).tap();
    await expect(sheet.locator(".claim-quote")).toHaveText("Cycle lanes doubled in length over five years.");
  });
});

test("the inbox badge counts a new mention while the page stays open", async ({ page, baseURL }) => {
  await page.clock.install();
  const slug = await pasteDocument(baseURL, "Badge walk", SENTENCES);
  await signUp(page, "Badge Bea");
  await page.goto("/");
  const inbox = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Inbox/ });
  await expect(inbox).toHaveAccessibleName("Inbox");

  const colleague = await request.newContext({ baseURL });
  await apiSignUp(colleague, "Mentioning Max");
  const flagged = await colleague.post(`/api/documents/${slug}/claims`, {
    data: { start: 0, end: 38, exact: "Tram ridership rose by a third in 2024" },
  });
  expect(flagged.status(), await flagged.text()).toBe(201);
  const claimId = ((await flagged.json()) as { id: string }).id;
  const reply = await colleague.post(`/api/claims/${claimId}/replies`, { data: { body: "@Badge Bea can you check?" } });
  expect(reply.status(), await reply.text()).toBe(201);
  await colleague.dispose();

  // No reload: the page asks again as time passes.
  await page.clock.fastForward(20_000);
  await expect(inbox).toHaveAccessibleName("Inbox 1 unread");
});

test("the report offers 'Include verification notes', and prints notes only when it is ticked", async ({ page }) => {
  await page.goto(`${ESSAY_PATH}/report`);
  const include = page.getByLabel("Include verification notes");
  await expect(include).not.toBeChecked();
  await expect(page.getByRole("heading", { name: "Verification notes" })).toHaveCount(0);
  await include.check();
  await page.getByRole("button", { name: "Apply options" }).click();
  await expect(page).toHaveURL(/notes=1/);
  await expect(page.getByLabel("Include verification notes")).toBeChecked();
});

test("the claim's discussion resolves and folds like a note's thread, and a new reply reopens it", async ({
  page,
  baseURL,
}) => {
  const slug = await pasteDocument(baseURL, "Discussion walk", SENTENCES);
  await signUp(page, "Talking Tam");
  await page.goto(`/documents/${slug}`);
  await flagClaim(page, "The bridge toll was abolished in 2019.");
  const panel = panelOf(page);
  const discussion = panel.getByRole("region", { name: /^Discussion/ });
  await expect(discussion.getByRole("button", { name: "Resolve discussion" })).toHaveCount(0);
  const reply = panel.getByRole("form", { name: "Reply" });
  await reply.getByLabel("Your reply").fill("Which year's budget says so?");
  await reply.getByRole("button", { name: "Reply" }).click();
  await expect(discussion.getByText("Which year's budget says so?")).toBeVisible();

  await discussion.getByRole("button", { name: "Resolve discussion" }).click();
  const folded = discussion.getByText(/^Resolved by Talking Tam, .* · 1 reply$/);
  await expect(folded).toBeVisible();
  await expect(discussion.getByText("Which year's budget says so?")).toBeHidden();
  await folded.click();
  await expect(discussion.getByText("Which year's budget says so?")).toBeVisible();

  await reply.getByLabel("Your reply").fill("The 2019 budget, page 12.");
  await reply.getByRole("button", { name: "Reply" }).click();
  await expect(discussion.getByRole("button", { name: "Resolve discussion" })).toBeVisible();
  await expect(discussion.getByText(/^Resolved by/)).toHaveCount(0);
  await expect(discussion.getByRole("list", { name: "Replies to the claim" }).getByRole("listitem")).toHaveCount(2);
});
