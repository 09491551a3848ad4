import fs from "node:fs";
import { expect, request, type APIRequestContext, type Page } from "@playwright/test";

export const ADMIN = { name: "Ada Admin", email: "admin@claimmark.test", password: "admin password 1" };

export const ESSAY_SLUG = "open-vs-closed-source-ai";
export const ESSAY_PATH = `/documents/${ESSAY_SLUG}`;
/** The seeded essay's plain text: the seed file byte for byte (the selectors' coordinates). */
export const ESSAY_TEXT = fs.readFileSync("prisma/seed/essay.txt", "utf8");

/** The pages an admin can open without preparing anything first (layout and accessibility walks). */
export const ADMIN_PAGES = [
  "/",
  ESSAY_PATH,
  `${ESSAY_PATH}/report`,
  `${ESSAY_PATH}/edit`,
  `${ESSAY_PATH}/new-version`,
  "/documents/new",
  "/inbox",
  "/review",
  "/review/stats",
  "/settings/tokens",
  "/admin/users",
  "/admin/audit",
  "/admin/fact-checks",
  "/admin/jobs",
  "/admin/suggestions",
  "/admin/settings",
  "/search?q=open+source",
  "/workspaces",
  "/workspaces/new",
  "/workspaces/default",
  "/workspaces/default/members",
];

/** A phrase's selection in the essay, as the reader would send it to flag a claim. */
export function essayOffsets(phrase: string): { start: number; end: number; exact: string } {
  const start = ESSAY_TEXT.indexOf(phrase);
  expect(start, `in the essay: ${phrase}`).toBeGreaterThanOrEqual(0);
  return { start, end: start + phrase.length, exact: phrase };
}
export const NIST_SENTENCE =
  "NIST in the United States requires government procurement projects to disclose model parameters";
export const GPL_SENTENCE = 'the GPL-3.0 protocol adds a "contagious open source" clause';

let counter = 0;
/** A unique email per test run, so tests never collide with each other's accounts. */
export function uniqueEmail(name: string): string {
  counter += 1;
  return `${name.toLowerCase().replace(/[^a-z0-9]+/g, ".")}-${Date.now()}-${counter}@example.org`;
}

/** Signs up through the form and waits until the header shows the new name. */
export async function signUp(
  page: Page,
  name: string,
  email = uniqueEmail(name),
  password = "correct horse battery",
): Promise<{ email: string; password: string }> {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.locator(".account-name")).toHaveText(name);
  return { email, password };
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
}

/** Selects `text` inside the document (as a person dragging across it would end up with). */
export async function selectInDocument(page: Page, text: string): Promise<void> {
  const documentRegion = page.getByRole("region", { name: "Document" });
  await expect(documentRegion).toBeVisible();
  await documentRegion.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
    }
    throw new Error(`text not found in one text node: ${wanted}`);
  }, text);
}

/** Flags `text` as a claim with the "Flag claim" button; returns the new claim's id. */
export async function flagClaim(page: Page, text: string): Promise<string> {
  const marks = page.locator("mark[data-claim-id]");
  const before = await marks.count();
  await selectInDocument(page, text);
  await page.getByRole("button", { name: "Flag claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim flagged" })).toBeVisible();
  // The status can still be the previous flag's: the new claim's own mark is the answer.
  await expect.poll(() => marks.count()).toBeGreaterThan(before);
  const mark = page.locator("mark[data-claim-id]", { hasText: text.slice(0, 20) }).first();
  await expect(mark).toBeVisible();
  return (await mark.getAttribute("data-claim-id"))!;
}

/** Fills and saves the "Add verification note" form in the claim panel. */
export async function addNote(
  page: Page,
  verdict: string,
  rationale: string,
  sources: { url: string; title?: string }[],
): Promise<void> {
  const form = page.getByRole("form", { name: "Add verification note" });
  await form.getByLabel("Verdict").selectOption({ label: verdict });
  await form.getByLabel("Rationale").fill(rationale);
  for (let i = 0; i < sources.length; i++) {
    if (i > 0) await form.getByRole("button", { name: "Add source" }).click();
    await form.getByLabel("Source URL").nth(i).fill(sources[i]!.url);
    if (sources[i]!.title) await form.getByLabel("Source title").nth(i).fill(sources[i]!.title!);
  }
  await form.getByRole("button", { name: "Save note" }).click();
  await expect(form.getByLabel("Rationale")).toHaveValue("");
}

/** As the admin, in a context of its own, gives a user a role through /admin/users. */
export async function setRole(
  browser: import("@playwright/test").Browser,
  userName: string,
  role: "Annotator" | "Reviewer" | "Admin",
): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto("/admin/users");
  await page.getByRole("combobox", { name: `Role of ${userName}` }).selectOption({ label: role });
  await expect(page.getByRole("status").filter({ hasText: `Saved: ${role}.` })).toBeVisible();
  await context.close();
}

/** Signs in through next-auth's credentials endpoint; returns the error code or message, or null on success. */
export async function apiSignInError(
  context: APIRequestContext,
  email: string,
  password: string,
): Promise<string | null> {
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  const location = response.headers()["location"] ?? (await response.json().catch(() => ({}))).url ?? "";
  return new URL(location, "http://localhost").searchParams.get("error");
}

/** Signs up and signs in through the API; the context then carries the session cookie. */
export async function apiSignUp(
  context: APIRequestContext,
  name: string,
  email = uniqueEmail(name),
  password = "correct horse battery",
): Promise<{ email: string; password: string }> {
  expect((await context.post("/api/signup", { data: { name, email, password } })).status()).toBe(201);
  expect(await apiSignInError(context, email, password)).toBeNull();
  return { email, password };
}

/** The session cookie header a context holds, to replay it from elsewhere. */
export async function cookieHeader(context: APIRequestContext): Promise<string> {
  return (await context.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** As the admin, pastes a small document of `lines` (a unique title from `title`); returns its slug. */
export async function pasteDocument(baseURL: string | undefined, title: string, lines: string[]): Promise<string> {
  const admin = await request.newContext({ baseURL });
  expect(await apiSignInError(admin, ADMIN.email, ADMIN.password)).toBeNull();
  const made = await admin.post("/api/documents", {
    data: { source: "paste", format: "text", title: `${title} ${Date.now()}`, text: lines.join("\n") },
  });
  expect(made.status()).toBe(201);
  const slug = (await made.json()).slug as string;
  await admin.dispose();
  return slug;
}
