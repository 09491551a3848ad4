import { expect, test } from "@playwright/test";
import { openStreams } from "../bench/live-streams";
import { addNote, ADMIN, ESSAY_PATH, flagClaim, selectInDocument, signIn, signUp } from "./helpers";

// Two people on one document: each sees the other's claims arrive without reloading, the
// selection being made is left alone, and an open claim says who changed it.

test("two browsers on one document see each other's work live", async ({ browser }) => {
  const lia = await browser.newContext();
  const max = await browser.newContext();
  const liaPage = await lia.newPage();
  const maxPage = await max.newPage();
  await signUp(liaPage, "Lia Live");
  await signUp(maxPage, "Max Live");
  await liaPage.goto(ESSAY_PATH);
  await maxPage.goto(ESSAY_PATH);
  // Each sees that someone else is reading too (from the same streams, counted in the database).
  await expect(liaPage.getByText(/^\d+ reading$/)).toBeVisible();
  await expect(maxPage.getByText(/^\d+ reading$/)).toBeVisible();

  // Max is in the middle of selecting something when Lia flags a claim elsewhere.
  await selectInDocument(maxPage, "TensorFlow and PyTorch");
  const malaria = "African medical AI startups can develop malaria diagnostic tools";
  await flagClaim(liaPage, malaria);
  await expect(maxPage.locator("mark[data-claim-id]", { hasText: malaria })).toBeVisible();
  expect(await maxPage.evaluate("window.getSelection().toString()")).toBe("TensorFlow and PyTorch");
  await expect(maxPage.getByRole("button", { name: "Flag claim" })).toBeVisible();

  // Max flags a claim, and opens it; Lia sees it appear.
  const versions = "hundreds of derivative versions in vertical fields";
  const id = await flagClaim(maxPage, versions);
  await expect(liaPage.locator(`mark[data-claim-id="${id}"]`)).toBeVisible();

  // Lia writes a note on Max's open claim: Max's panel shows it in place, says who, and keeps
  // what Max was typing.
  await maxPage
    .getByRole("form", { name: "Add verification note" })
    .getByLabel("Rationale")
    .fill("Half-written thoughts");
  await liaPage.locator(`mark[data-claim-id="${id}"]`).click();
  await addNote(liaPage, "Misleading", "Derivative counts vary by source.", [{ url: "https://huggingface.co/models" }]);
  const panel = maxPage.getByRole("complementary", { name: "Claims" });
  await expect(panel.getByRole("status").filter({ hasText: "Updated by Lia Live" })).toBeVisible();
  await expect(panel.getByText("Derivative counts vary by source.")).toBeVisible();
  await expect(panel.getByRole("form", { name: "Add verification note" }).getByLabel("Rationale")).toHaveValue(
    "Half-written thoughts",
  );

  await lia.close();
  await max.close();
});

test("a reconnecting stream replays the changes it missed, in order, from the database", async ({ page }) => {
  await signUp(page, "Rex Replay");
  // The stream never ends by itself: read until two replayed changes have come, then stop.
  const replay = await page.evaluate(`(async () => {
    const controller = new AbortController();
    const response = await fetch("/api/documents/open-vs-closed-source-ai/events", { headers: { "Last-Event-ID": "0" }, signal: controller.signal });
    const reader = response.body.getReader();
    let text = "";
    const started = Date.now();
    while (Date.now() - started < 3000 && (text.match(/event: change/g) || []).length < 2) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    return { type: response.headers.get("content-type"), buffering: response.headers.get("x-accel-buffering"), text };
  })()`);
  const { type, buffering, text } = replay as { type: string; buffering: string; text: string };
  expect(type).toContain("text/event-stream");
  expect(buffering).toBe("no");
  const ids = [...text.matchAll(/^id: (\d+)\nevent: change/gm)].map((m) => Number(m[1]));
  expect(ids.length).toBeGreaterThanOrEqual(2);
  expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  expect(text).toContain('"action":"document.seed"');
});

test("two hundred readers leaving at once do not stall the server", async ({ request, baseURL }) => {
  // Each stream that closes used to make every other stream recount its readers (200 × 200
  // queries); the count is now shared per document and debounced.
  const streams = await openStreams(
    `${baseURL!.replace("localhost", "127.0.0.1")}/api/documents/open-vs-closed-source-ai/events`,
    200,
  );
  streams.close();
  const response = await request.get("/api/documents", { timeout: 10_000 });
  expect(response.status()).toBe(200);
});

test("the review queue says how many changes colleagues made since it loaded, and refreshes on request", async ({
  browser,
}) => {
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await signIn(reviewer, ADMIN.email, ADMIN.password);
  await reviewer.goto("/review?assignee=any");
  await expect(reviewer.getByRole("heading", { name: "Review queue" })).toBeVisible();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUp(otherPage, "Queue Quentin");
  await otherPage.goto(ESSAY_PATH);
  await flagClaim(otherPage, "small and medium-sized developers can also participate");

  const line = reviewer.getByRole("status").filter({ hasText: /new changes? since this page loaded/ });
  await expect(line).toContainText("1 new change since this page loaded");
  await line.getByRole("button", { name: "Refresh" }).click();
  await expect(line).toHaveCount(0);
  await expect(reviewer.getByRole("row").filter({ hasText: "small and medium-sized developers" })).toBeVisible();
  await reviewerContext.close();
  await other.close();
});
