import { expect, test } from "@playwright/test";
import { ADMIN, flagClaim, pasteDocument, signIn, signUp } from "./helpers";

// The panel tied to the text (issue 13): stepping through claims, keys, filters and search,
// the legend behind "Key", and an admin's explicit "Publish without evidence".

test("Previous claim / Next claim, j and k, Escape, and the list's filters and search", async ({ page, baseURL }) => {
  const slug = await pasteDocument(baseURL, "Panel walk", [
    "Harbour fees rose by a fifth last spring.",
    "The lighthouse was rebuilt in 1903 after a storm.",
    "Ferry crossings doubled between 2010 and 2020.",
  ]);
  await signUp(page, "Stepping Stella");
  await page.goto(`/documents/${slug}`);
  const panel = page.getByRole("complementary", { name: "Claims" });
  // The key to the colours waits behind "Key", so the panel opens on the claims.
  await expect(panel.getByRole("heading", { name: "Highlight key" })).toBeHidden();
  await panel.getByRole("button", { name: "Key" }).click();
  await expect(panel.getByRole("heading", { name: "Highlight key" })).toBeVisible();
  const first = await flagClaim(page, "Harbour fees rose by a fifth last spring.");
  await panel.getByRole("button", { name: "← All claims" }).click();
  const second = await flagClaim(page, "The lighthouse was rebuilt in 1903 after a storm.");
  await panel.getByRole("button", { name: "← All claims" }).click();
  await flagClaim(page, "Ferry crossings doubled between 2010 and 2020.");
  await panel.getByRole("button", { name: "← All claims" }).click();
  await expect(panel.getByRole("heading", { name: "Claims in this document (3)" })).toBeVisible();

  // Next claim from nothing open starts at the first; the buttons and keys walk in text order.
  await panel.getByRole("button", { name: "Next claim" }).click();
  await expect(page).toHaveURL(new RegExp(`#claim-${first}$`));
  await expect(panel.getByRole("button", { name: "Previous claim" })).toBeDisabled();
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("j");
  await expect(page).toHaveURL(new RegExp(`#claim-${second}$`));
  await expect(page.locator(`mark[data-claim-id="${second}"]`)).toBeInViewport();
  await page.keyboard.press("k");
  await expect(page).toHaveURL(new RegExp(`#claim-${first}$`));
  await page.keyboard.press("Escape");
  await expect(panel.getByRole("heading", { name: "Claims in this document (3)" })).toBeVisible();

  // Filters and search.
  await panel.getByLabel("Search claims").fill("lighthouse");
  await expect(panel.getByRole("list", { name: "Claims shown: 1 of 3" }).getByRole("listitem")).toHaveCount(1);
  await panel.getByLabel("Search claims").fill("");
  await panel.getByLabel("Show").selectOption({ label: "Needs a note" });
  await expect(panel.getByRole("list", { name: "Claims" }).getByRole("listitem")).toHaveCount(3);
  await panel.getByLabel("Show").selectOption({ label: "Reviewed" });
  await expect(panel.getByText("No claim matches.")).toBeVisible();
  await panel.getByRole("button", { name: "Clear filters" }).click();
  await expect(panel.getByRole("list", { name: "Claims" }).getByRole("listitem")).toHaveCount(3);

  // The note form's Markdown preview shows what the panel will show, sanitised.
  await panel.getByRole("list", { name: "Claims" }).getByRole("button").first().click();
  const form = panel.getByRole("form", { name: "Add verification note" });
  await form.getByLabel("Rationale").fill("The port's **own** figures. <script>window.hacked = 1</script>");
  await form.getByRole("tab", { name: "Preview" }).click();
  const preview = form.getByRole("tabpanel", { name: "Preview" });
  await expect(preview.locator("strong")).toHaveText("own");
  await expect(preview.locator("script")).toHaveCount(0);
  await expect(form.getByLabel("Rationale")).toBeHidden();
  await form.getByRole("tab", { name: "Write" }).click();
  await expect(form.getByLabel("Rationale")).toHaveValue(/own/);
});

test("an admin publishes without evidence only through the button that says so, and the history records it", async ({
  page,
  baseURL,
}) => {
  const slug = await pasteDocument(baseURL, "Panel walk", [
    "The old pier is 412 metres long, the longest on the coast.",
  ]);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/documents/${slug}`);
  await flagClaim(page, "The old pier is 412 metres long, the longest on the coast.");
  const panel = page.getByRole("complementary", { name: "Claims" });
  await expect(panel.getByTestId("settle-reason")).toContainText("Publish without evidence");
  const form = panel.getByRole("form", { name: "Final verdict" });
  await expect(form.getByRole("button", { name: "Publish verdict" })).toHaveCount(0);
  await form.getByLabel("Verdict").selectOption({ label: "False" });
  await form.getByLabel("Summary").fill("The pier is 380 metres long.");
  await form.getByRole("button", { name: "Publish without evidence" }).click();
  await expect(panel.getByText("Final verdict published.")).toBeVisible();
  await panel.getByText(/^History \(\d+\)$/).click();
  await expect(panel.getByRole("list", { name: "History" })).toContainText("published without evidence");
});

test("overlapping claims both stay visible where they share words", async ({ page, baseURL }) => {
  const slug = await pasteDocument(baseURL, "Panel walk", [
    "The canal tolls funded the new bridge in 1987, the council says.",
  ]);
  await signUp(page, "Overlap Olive");
  await page.goto(`/documents/${slug}`);
  const outer = await flagClaim(page, "The canal tolls funded the new bridge in 1987, the council says.");
  await flagClaim(page, "funded the new bridge");
  // (flagClaim's id is the first mark holding the words, here the outer one: take the new claim's from the address,
  // once the reader has opened it.)
  await expect(page).not.toHaveURL(new RegExp(`#claim-${outer}$`));
  const inner = new URL(page.url()).hash.replace("#claim-", "");
  expect(inner).not.toBe(outer);
  // The shared words: one claim's mark inside the other's.
  const nested = page.locator("mark[data-claim-id] > mark[data-claim-id]");
  await expect(nested).toHaveText("funded the new bridge");
  const ids = await nested.evaluate((el) => [
    el.getAttribute("data-claim-id"),
    el.parentElement!.getAttribute("data-claim-id"),
  ]);
  expect(ids.sort()).toEqual([outer, inner].sort());
  // The inner mark draws its own underline below; the outer mark's colour still shows through.
  expect(await nested.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
  expect(await nested.evaluate((el) => getComputedStyle(el).textUnderlineOffset)).toBe("7px");
  expect(await nested.evaluate((el) => getComputedStyle(el.parentElement!).backgroundColor)).not.toBe(
    "rgba(0, 0, 0, 0)",
  );
});
