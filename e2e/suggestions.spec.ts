import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { ADMIN, apiSignInError, apiSignUp, flagClaim, signIn, signUp } from "./helpers";

// Suggested claims, similar fact-checks and "Same claim" links (issue 11). Each test imports
// documents of its own, so no sentence here is flagged by another spec.

async function adminApi(baseURL: string | undefined): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  expect(await apiSignInError(api, ADMIN.email, ADMIN.password)).toBeNull();
  return api;
}

async function pasteDocument(api: APIRequestContext, title: string, lines: string[]): Promise<string> {
  const response = await api.post("/api/documents", {
    data: { source: "paste", format: "text", title: `${title} ${Date.now()}`, text: lines.join("\n") },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).slug as string;
}

test("turn suggestions on, flag one from its popover, dismiss another; the toggle is remembered", async ({
  page,
  baseURL,
}) => {
  const admin = await adminApi(baseURL);
  const slug = await pasteDocument(admin, "Harbour report", [
    "The port authority raised docking fees by 35 percent in March 2024.",
    "The ferry terminal handled 4.2 million passengers last year, the most on record.",
    "I think the harbour looks lovely at dusk.",
    "What should the city do next?",
  ]);
  await signUp(page, "Sugg Sally");
  await page.goto(`/documents/${slug}`);

  const toggle = page.getByRole("button", { name: "Suggestions" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator(".suggestion-mark")).toHaveCount(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  const panel = page.getByRole("complementary", { name: "Claims" });
  const list = panel.getByRole("region", { name: /Suggested claims/ });
  // Quiet by default: a quarter of the four sentences is underlined; "Show more" shows the rest above the threshold.
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(page.locator(".suggestion-mark")).toHaveCount(1);
  await list.getByRole("button", { name: "Show more" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(page.locator(".suggestion-mark")).toHaveCount(2);
  // Opinions and questions are not suggested.
  await expect(list).not.toContainText("lovely at dusk");
  await expect(list).not.toContainText("What should the city");
  await panel.getByRole("button", { name: "Key" }).click();
  await expect(page.getByText("Suggested claim: worth checking")).toBeVisible();

  // Flag one from its popover: exactly that sentence becomes a claim.
  await page.locator("[data-suggestion-id]", { hasText: "The port authority raised docking fees" }).click();
  const popover = page.getByRole("dialog", { name: "Suggested claim" });
  await expect(popover).toContainText("Check-worthiness");
  await expect(popover).toContainText("a percentage");
  await popover.getByRole("button", { name: "Flag claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim flagged" })).toBeVisible();
  await expect(page.locator("mark[data-claim-id]")).toHaveText(
    "The port authority raised docking fees by 35 percent in March 2024.",
  );
  await expect(page.getByRole("form", { name: "Add verification note" }).getByLabel("Verdict")).toBeFocused();
  await panel.getByRole("button", { name: "← All claims" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);

  // From the panel's list, by keyboard: the popover takes the focus; Escape gives it back.
  const ferry = list.getByRole("button", { name: /ferry terminal/ });
  await ferry.focus();
  await page.keyboard.press("Enter");
  await expect(popover.getByRole("button", { name: "Flag claim" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(popover).toHaveCount(0);
  await expect(page.locator("[data-suggestion-id]", { hasText: "ferry terminal" })).toBeFocused();

  // Dismiss it, undo, dismiss again: gone for everyone, and still gone after a reload; the toggle stays on.
  await page.keyboard.press("Enter");
  await popover.getByRole("button", { name: "Dismiss" }).click();
  const status = page.getByRole("status").filter({ hasText: "Suggestion dismissed for everyone." });
  await expect(status).toBeVisible();
  await expect(page.locator(".suggestion-mark")).toHaveCount(0);
  await status.getByRole("button", { name: "Undo" }).click();
  await expect(status).toContainText("It is back.");
  await expect(page.locator(".suggestion-mark", { hasText: "ferry terminal" })).toHaveCount(1);
  await page.locator("[data-suggestion-id]", { hasText: "ferry terminal" }).click();
  await popover.getByRole("button", { name: "Dismiss" }).click();
  await expect(status.getByRole("button", { name: "Undo" })).toBeVisible();
  await expect(page.locator(".suggestion-mark")).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("button", { name: "Suggestions" })).toHaveAttribute("aria-pressed", "true");
  await expect(panel.getByRole("heading", { name: "Suggested claims (0)" })).toBeVisible();
  const api = await admin.get(`/api/documents/${slug}/suggestions`);
  expect((await api.json()).suggestions).toEqual([]);
  await admin.dispose();
});

test("flag a claim that matches a reviewed one in another document, link them, and start a note from it", async ({
  page,
  baseURL,
}) => {
  const admin = await adminApi(baseURL);
  const metro = "The metro carried 610 million riders in 2023, a record for the network.";
  const first = await pasteDocument(admin, "Metro audit", ["City transport figures", metro]);
  // A claim in the first document, noted by someone whose account is older than the claim, and
  // settled by the admin (the second-pair-of-eyes rule).
  const noter = await request.newContext({ baseURL });
  await apiSignUp(noter, "Metro Nina");
  const flagger = await request.newContext({ baseURL });
  await apiSignUp(flagger, "Metro Flo");
  const start = "City transport figures\n".length;
  const claim = await (
    await flagger.post(`/api/documents/${first}/claims`, { data: { start, end: start + metro.length, exact: metro } })
  ).json();
  expect(
    (
      await noter.post(`/api/claims/${claim.id}/notes`, {
        data: {
          verdict: "FALSE",
          rationale: "The annual report says 480 million.",
          sources: [{ url: "https://example.org/metro-annual-report" }],
        },
      })
    ).status(),
  ).toBe(201);
  const version = (await (await admin.get(`/api/claims/${claim.id}`)).json()).version;
  const published = await admin.post(`/api/claims/${claim.id}/verdict`, {
    data: { verdict: "FALSE", summary: "Ridership was 480 million, not 610 million.", version },
  });
  expect(published.status()).toBe(200);

  const second = await pasteDocument(admin, "Transit news", [
    "Weekly transit roundup",
    "Metro ridership hit a record 610 million trips in 2023.",
  ]);
  await signUp(page, "Linking Lena");
  await page.goto(`/documents/${second}`);
  await flagClaim(page, "Metro ridership hit a record 610 million trips in 2023.");
  const panel = page.getByRole("complementary", { name: "Claims" });
  const similar = panel.getByRole("region", { name: "Similar fact-checks" });
  const match = similar.getByRole("listitem").filter({ hasText: metro });
  await expect(match).toContainText("False");
  await expect(match).toContainText("Ridership was 480 million, not 610 million.");
  await match.getByRole("button", { name: "Same claim" }).click();
  await expect(match).toContainText("Linked as the same claim.");
  await expect(panel.getByRole("region", { name: /Same claim as/ })).toContainText(metro);

  await match.getByRole("button", { name: "Start a note from it" }).click();
  const form = panel.getByRole("form", { name: "Add verification note" });
  await expect(form.getByLabel("Verdict")).toHaveValue("FALSE");
  await expect(form.getByLabel("Rationale")).toHaveValue(/Same claim as an earlier fact-check/);
  await expect(form.getByLabel("Source URL").first()).toHaveValue(new RegExp(`/documents/${first}#claim-${claim.id}$`));
  await form.getByRole("button", { name: "Save note" }).click();
  await expect(panel.getByRole("region", { name: /Verification notes/ })).toContainText(
    "Same claim as an earlier fact-check",
  );

  // The earlier claim shows the link back, and its report lists it.
  await page.goto(`/documents/${first}#claim-${claim.id}`);
  await expect(panel.getByRole("region", { name: /Same claim as/ })).toContainText(
    "Metro ridership hit a record 610 million trips in 2023.",
  );
  await page.goto(`/documents/${first}/report`);
  await expect(page.getByRole("heading", { name: "Same claim as" })).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Metro ridership hit a record 610 million trips in 2023." }),
  ).toBeVisible();
  for (const context of [admin, flagger, noter]) await context.dispose();
});

test("admins import ClaimReview fact-checks: valid ones kept, others listed by item, bad files refused", async ({
  page,
}) => {
  const stamp = Date.now();
  const review = (n: number, extra: Record<string, unknown> = {}) => ({
    "@type": "ClaimReview",
    url: `https://factcheck.example/${stamp}/${n}`,
    claimReviewed: `Glacier ${stamp} lost ${n}0 metres of ice in one summer.`,
    author: { "@type": "Organization", name: "Example Check" },
    reviewRating: { "@type": "Rating", alternateName: "Mostly false" },
    datePublished: "2025-06-01",
    ...extra,
  });
  const feed = {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    dataFeedElement: [{ "@type": "DataFeedItem", item: [review(1), review(2)] }, review(3, { url: undefined })],
  };
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole("link", { name: "Fact-checks" }).click();
  await expect(page.getByRole("heading", { name: "Imported fact-checks", exact: true })).toBeVisible();

  const file = page.getByLabel("ClaimReview file");
  await file.setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await page.getByRole("button", { name: "Import fact-checks" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The file is not JSON" })).toContainText(
    "Nothing was imported",
  );

  await file.setInputFiles({
    name: "feed.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(feed)),
  });
  await page.getByRole("button", { name: "Import fact-checks" }).click();
  await expect(page.getByRole("status")).toContainText("Imported 2 new and updated 0 fact-checks; skipped 1.");
  await expect(page.getByRole("region", { name: "Skipped items (1)" })).toContainText("Item 3: url is missing");
  await expect(page.getByRole("link", { name: `Glacier ${stamp} lost 10 metres of ice in one summer.` })).toBeVisible();

  // The same file again updates, never duplicates; the match is found by similar text.
  await page.getByRole("button", { name: "Import fact-checks" }).click();
  await expect(page.getByRole("status")).toContainText("Imported 0 new and updated 2 fact-checks");
  const similar = await (
    await page.request.get(
      `/api/fact-checks/similar?q=${encodeURIComponent(`In one summer glacier ${stamp} lost 10 metres of ice`)}`,
    )
  ).json();
  expect(similar.matches[0]).toMatchObject({
    source: "imported",
    url: `https://factcheck.example/${stamp}/1`,
    verdict: "Mostly false",
    verdictCode: "MISLEADING",
  });
  expect(similar.matches[0].strength).toMatch(/^(close|possible)$/);
  expect(similar.matches[0].score).toBeGreaterThan(0);

  // Bad input: an empty query is refused, a long one cut and said so, a large limit clamped;
  // an unrelated claim gets no filler.
  expect((await page.request.get("/api/fact-checks/similar?q=")).status()).toBe(400);
  const long = await (
    await page.request.get(`/api/fact-checks/similar?q=${encodeURIComponent(`glacier ${stamp} `.repeat(300))}&limit=99`)
  ).json();
  expect(long).toMatchObject({ truncated: true });
  expect(long.query).toHaveLength(2000);
  expect(long.matches.length).toBeLessThanOrEqual(20);
  const unrelated = await (
    await page.request.get(`/api/fact-checks/similar?q=${encodeURIComponent("School meals are free for every pupil.")}`)
  ).json();
  expect(unrelated.matches.filter((m: { url: string }) => m.url.includes(String(stamp)))).toEqual([]);
});

test("reviewers see what the desk dismissed and restore it; headings are never suggested", async ({
  page,
  baseURL,
}) => {
  const admin = await adminApi(baseURL);
  const response = await admin.post("/api/documents", {
    data: {
      source: "paste",
      format: "markdown",
      title: `Defence ledger ${Date.now()}`,
      text: [
        "# Defence spending rose 40 percent in 2023",
        "",
        "The ministry raised defence spending by 40 percent in 2023, the largest rise since 1990.",
        "",
        "Parliament approved 12 new frigates at a cost of 9 billion euros.",
      ].join("\n"),
    },
  });
  expect(response.status()).toBe(201);
  const slug = (await response.json()).slug as string;
  const listed = await (await admin.get(`/api/documents/${slug}/suggestions?all=1`)).json();
  expect(listed.modelVersion).toMatch(/^base-/);
  const heading = listed.sentences.find((s: { text: string }) => s.text.startsWith("Defence spending rose"));
  expect(heading.suggested).toBe(false);
  expect(listed.suggestions.map((s: { text: string }) => s.text)).not.toContain(heading.text);
  const frigates = listed.suggestions.find((s: { text: string }) => s.text.includes("frigates"));
  expect((await admin.post(`/api/suggestions/${frigates.id}/dismiss`, { data: {} })).status()).toBe(200);

  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`/documents/${slug}`);
  const toggle = page.getByRole("button", { name: "Suggestions" });
  if ((await toggle.getAttribute("aria-pressed")) === "false") await toggle.click();
  const list = page.getByRole("complementary", { name: "Claims" }).getByRole("region", { name: /Suggested claims/ });
  await expect(list.getByRole("listitem").filter({ hasText: "frigates" })).toHaveCount(0);
  await list.getByText("Dismissed (1)").click();
  await list.getByRole("button", { name: /Restore/ }).click();
  // The dismissed list goes first: its own item mentions frigates too, and asserting the count
  // while it was still open passed before the restore had reached the suggestions.
  await expect(list.getByText(/Dismissed \(/)).toHaveCount(0);
  // Back among the suggestions, in view although "ministry" alone fills the strongest band of this
  // three-sentence document: the person who restored it sees it return.
  await expect(list.getByRole("listitem").filter({ hasText: "frigates" })).toHaveCount(1);
  await expect(list.getByRole("button", { name: "Show more" })).toHaveCount(0);
  await admin.dispose();
});

test("admins see the suggestions model in use and are told how many labels retraining needs", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.getByRole("link", { name: "Suggestions" }).click();
  await expect(page.getByRole("heading", { name: "Suggestions model" })).toBeVisible();
  await expect(page.getByText(/The base model base-/)).toBeVisible();
  // Base in use: nothing to reset to.
  await expect(page.getByRole("button", { name: "Reset to the base model" })).toBeDisabled();
  const labels = await (await page.request.get("/api/admin/suggestions")).json();
  await page.getByRole("button", { name: "Retrain now" }).click();
  if (labels.desk.missing > 0)
    await expect(
      page.getByRole("alert").filter({ hasText: `Training needs ${labels.desk.missing} more labels` }),
    ).toBeVisible();
  else await expect(page.getByRole("status").filter({ hasText: "Retraining on" })).toBeVisible();
});
