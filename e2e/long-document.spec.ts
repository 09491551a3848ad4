import { expect, test } from "@playwright/test";
import { flagClaim, pasteDocument, signUp } from "./helpers";

// A long document's text and highlights come with the server's page (painted before the
// editor's scripts run, and readable without them); the editor then takes their place.

const PARAGRAPHS = Array.from(
  { length: 400 },
  (_, i) =>
    `Paragraph ${i + 1}: the agency reported ${i * 7 + 3} procurement contracts for open models in ${2000 + (i % 25)}.`,
);
const FIRST_CLAIM = "the agency reported 3 procurement contracts";
const LAST_CLAIM = "the agency reported 2796 procurement contracts";

test.describe.serial("a long document", () => {
  let slug = "";

  test("is flagged in the editor, which has replaced the server's rendering", async ({ page, baseURL }) => {
    expect(PARAGRAPHS.join("\n").length).toBeGreaterThan(30_000);
    slug = await pasteDocument(baseURL, "Long procurement record", PARAGRAPHS);
    await signUp(page, "Long Reader");
    await page.goto(`/documents/${slug}`);
    await expect(page.getByRole("article", { name: "Document text" })).toBeVisible();
    await flagClaim(page, FIRST_CLAIM);
    await flagClaim(page, LAST_CLAIM);
    await page.reload();
    await expect(page.locator("mark[data-claim-id]")).toHaveText([FIRST_CLAIM, LAST_CLAIM]);
    await expect(page.locator(".document-text-static")).toHaveCount(0);
    await page.locator("mark[data-claim-id]", { hasText: LAST_CLAIM }).click();
    await expect(page.getByRole("complementary", { name: "Claims" })).toContainText(LAST_CLAIM);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("its text and highlights are on the page as sent, with nothing to click yet", async ({ page }) => {
      await page.goto(`/documents/${slug}`);
      const text = page.locator(".document-text-static");
      await expect(text).toHaveAttribute("aria-busy", "true");
      await expect(text.locator("p")).toHaveCount(PARAGRAPHS.length);
      await expect(text.locator("p").last()).toHaveText(PARAGRAPHS.at(-1)!);
      await expect(text.locator("mark.claim-mark")).toHaveText([FIRST_CLAIM, LAST_CLAIM]);
      await expect(page.locator("mark[data-claim-id]")).toHaveCount(0);
      // A click or a selection begun in the copy would be lost when the editor replaces it: it takes none.
      await expect(text.locator("mark").first().click({ trial: true, timeout: 1_000 })).rejects.toThrow(
        /intercepts pointer events/,
      );
      await expect(page.getByRole("article", { name: "Document text" })).toHaveCount(0);
    });
  });
});
