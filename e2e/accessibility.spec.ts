import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, ADMIN_PAGES, ESSAY_PATH, signIn } from "./helpers";

// Every page, at a laptop's width and a phone's, has no violation axe can detect, colour
// contrast included. Signed out: the pages a visitor sees; signed in as the admin, who sees them all
// (the revision comparison needs a second revision: documents.spec.ts opens it).
const WIDTHS = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
] as const;

const VISITOR_PAGES = [
  "/",
  "/fact-checks",
  "/search?q=open+source",
  "/signin",
  "/signup",
  ESSAY_PATH,
  `${ESSAY_PATH}/report`,
  "/workspaces",
  "/workspaces/default",
];

async function expectAccessible(page: Page, path: string) {
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await page.waitForLoadState("networkidle");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(
      results.violations.map((v) => `${path} at ${size.width}px: ${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`),
    ).toEqual([]);
  }
}

test("every page a visitor can open is accessible at 1366 and 390 px", async ({ page }) => {
  for (const path of VISITOR_PAGES) await expectAccessible(page, path);
});

test("every page the admin can open is accessible at 1366 and 390 px", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, ADMIN.email, ADMIN.password);
  for (const path of ADMIN_PAGES) await expectAccessible(page, path);
  // Their own profile page too.
  await page.goto("/");
  const profile = await page.getByRole("link", { name: ADMIN.name }).first().getAttribute("href");
  if (profile) await expectAccessible(page, profile);
});
