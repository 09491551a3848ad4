import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import {
  addNote,
  ESSAY_PATH,
  flagClaim,
  NIST_SENTENCE,
  selectInDocument,
  signOut,
  signUp,
  uniqueEmail,
} from "./helpers";

test("a person flags the NIST sentence, notes it False with two sources, and it survives a reload; a second person cannot edit it", async ({
  page,
  browser,
}) => {
  await signUp(page, "Ana Lima");
  await page.goto(ESSAY_PATH);
  await expect(page.getByRole("heading", { level: 2, name: /Closed Source Logic/ })).toBeVisible();

  const claimId = await flagClaim(page, NIST_SENTENCE);
  const mark = page.locator(`mark[data-claim-id="${claimId}"]`);
  await expect(mark).toHaveText(NIST_SENTENCE);
  await expect(page.getByRole("complementary", { name: "Claims" }).getByText(NIST_SENTENCE)).toBeVisible();

  await addNote(
    page,
    "False",
    "NIST publishes **voluntary** guidance; no procurement rule requires disclosing parameters.",
    [
      { url: "https://www.nist.gov/itl/ai-risk-management-framework", title: "NIST AI RMF" },
      { url: "https://www.whitehouse.gov/omb/", title: "OMB memoranda" },
    ],
  );
  const panel = page.getByRole("complementary", { name: "Claims" });
  const note = panel.getByRole("article", { name: "Note by Ana Lima" });
  await expect(note.getByText("False", { exact: true })).toBeVisible();
  await expect(note.locator("strong", { hasText: "voluntary" })).toBeVisible();
  await expect(note.getByRole("link", { name: "NIST AI RMF" })).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(panel.getByTestId("claim-status")).toHaveText("In review");

  await page.reload();
  await expect(page.locator(`mark[data-claim-id="${claimId}"]`)).toHaveText(NIST_SENTENCE);
  await expect(page.locator(`mark[data-claim-id="${claimId}"]`)).toHaveAttribute(
    "aria-describedby",
    /legend-status-IN_REVIEW/,
  );
  await page.locator(`mark[data-claim-id="${claimId}"]`).click();
  await expect(panel.getByRole("article", { name: "Note by Ana Lima" })).toContainText("no procurement rule");
  await expect(panel.getByRole("link", { name: "OMB memoranda" })).toBeVisible();

  // A second person sees the claim and the note but gets no edit or delete controls, and the
  // server refuses an edit sent anyway.
  const other = await browser.newContext();
  const page2 = await other.newPage();
  await signUp(page2, "Ben Okafor");
  await page2.goto(`${ESSAY_PATH}#claim-${claimId}`);
  const panel2 = page2.getByRole("complementary", { name: "Claims" });
  const note2 = panel2.getByRole("article", { name: "Note by Ana Lima" });
  await expect(note2).toContainText("no procurement rule");
  await expect(note2.getByRole("button", { name: "Edit note" })).toHaveCount(0);
  await expect(note2.getByRole("button", { name: "Delete note" })).toHaveCount(0);
  const detail = await (await page2.request.get(`/api/claims/${claimId}`)).json();
  const response = await page2.request.patch(`/api/notes/${detail.notes[0].id}`, {
    data: { verdict: "TRUE", rationale: "overwritten", sources: [] },
  });
  expect(response.status()).toBe(403);
  await page2.reload();
  await expect(
    page2.getByRole("complementary", { name: "Claims" }).getByRole("article", { name: "Note by Ana Lima" }),
  ).toContainText("no procurement rule");
  await other.close();
});

test("the author edits a note and the earlier version stays viewable", async ({ page }) => {
  await signUp(page, "Chen Wei");
  await page.goto(ESSAY_PATH);
  await flagClaim(page, "Nvidia has long dominated the AI computing market with its CUDA closed source ecosystem");
  await addNote(page, "Mostly true", "Nvidia leads the accelerator market.", [
    { url: "https://example.org/market-share" },
  ]);
  const panel = page.getByRole("complementary", { name: "Claims" });
  await panel.getByRole("button", { name: "Edit note" }).click();
  const form = panel.getByRole("form", { name: "Edit verification note" });
  await form.getByLabel("Verdict").selectOption({ label: "True" });
  await form.getByLabel("Rationale").fill("Nvidia holds most of the data-centre accelerator market.");
  await form.getByRole("button", { name: "Save note" }).click();
  const note = panel.getByRole("article", { name: "Note by Chen Wei" });
  await expect(note).toContainText("· edited");
  await expect(note).toContainText("data-centre accelerator");
  await note.getByText(/Show edit history/).click();
  await expect(note).toContainText("Nvidia leads the accelerator market.");
});

test("bad input gets clear messages: sign-up fields, a wrong password, a whitespace selection, a bad source URL", async ({
  page,
}) => {
  await page.goto("/signup");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters")).toBeVisible();

  const { email } = await signUp(page, "Dana Cruz");
  await signOut(page);
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("wrong password!");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email or password is wrong");

  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  await page.goto(ESSAY_PATH);
  await selectInDocument(page, " ");
  await page.keyboard.press("Shift+F");
  await expect(page.getByRole("status").filter({ hasText: "only whitespace" })).toBeVisible();

  await flagClaim(page, "Apple has closed the entire stack of chips, frameworks, and models");
  const form = page.getByRole("form", { name: "Add verification note" });
  await form.getByLabel("Verdict").selectOption({ label: "Mixed" });
  await form.getByLabel("Rationale").fill("Partly.");
  await form.getByLabel("Source URL").fill("javascript:alert(1)");
  await form.getByRole("button", { name: "Save note" }).click();
  await expect(form.getByText("Enter a full http:// or https:// address.")).toBeVisible();
  await expect(form.getByLabel("Source URL")).toHaveAttribute("aria-invalid", "true");
});

test("after 10 sign-in attempts in a minute for one email, the form says to wait", async ({ page, request }) => {
  const email = uniqueEmail("locked");
  expect(
    (
      await request.post("/api/signup", { data: { name: "Locked Out", email, password: "the right password" } })
    ).status(),
  ).toBe(201);
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a wrong password");
  const alert = page.getByRole("main").getByRole("alert");
  for (let i = 0; i < 10; i++) {
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(alert).toHaveText("Email or password is wrong");
    await page.getByLabel("Password").fill(`a wrong password ${i}`);
  }
  // Even the right password is refused now, with a message that says what to do.
  await page.getByLabel("Password").fill("the right password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(alert).toHaveText(/^Too many sign-in attempts\. Wait \d+ seconds and try again\.$/);
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
});

test("the claimant withdraws a flag that has no notes yet, and it stays gone after a reload", async ({ page }) => {
  await signUp(page, "Wen Withdraw");
  await page.goto(ESSAY_PATH);
  const claimId = await flagClaim(page, "Li Feifei at Stanford University");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("complementary", { name: "Claims" }).getByRole("button", { name: "Withdraw claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim withdrawn." })).toBeVisible();
  await expect(page.locator(`mark[data-claim-id="${claimId}"]`)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("region", { name: "Document" })).toBeVisible();
  await expect(page.locator(`mark[data-claim-id="${claimId}"]`)).toHaveCount(0);
});

test("signed out, the reader is open but writes are refused with 401", async ({ page }) => {
  await page.goto(ESSAY_PATH);
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  const response = await page.request.post(`/api/documents/open-vs-closed-source-ai/claims`, {
    data: { start: 0, end: 3, exact: "The" },
  });
  expect(response.status()).toBe(401);
  // Who is calling is checked before the body is even read: a visitor's form post is a 401.
  const formPost = await page.request.post(`/api/documents/open-vs-closed-source-ai/claims`, {
    headers: { "content-type": "text/plain" },
    data: JSON.stringify({ start: 0, end: 3, exact: "The" }),
  });
  expect(formPost.status()).toBe(401);
  // Where visitors may write (sign-up), what a cross-site HTML form could send is refused.
  const formSignUp = await page.request.post("/api/signup", {
    headers: { "content-type": "text/plain" },
    data: JSON.stringify({ name: "Form", email: uniqueEmail("form"), password: "long enough password" }),
  });
  expect(formSignUp.status()).toBe(415);
});

test("the reader has no detectable accessibility violations", async ({ page }) => {
  await page.goto(ESSAY_PATH);
  await expect(page.getByRole("region", { name: "Document" })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
