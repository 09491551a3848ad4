import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, signIn, signOut, signUp, uniqueEmail } from "./helpers";

// Workspaces as desks use them: a private desk made, a document added to it, people invited
// with roles, and everyone else kept out of it everywhere, with a 404 (never a 403).

const PASSWORD = "correct horse battery";

async function createWorkspace(page: Page, name: string, visibility: "Private" | "Open"): Promise<string> {
  await page.goto("/workspaces");
  await page.getByRole("link", { name: "Create a workspace" }).click();
  await page.getByLabel("Name").fill(name);
  await page.getByRole("radio", { name: visibility }).check();
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Your role: Admin.")).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop()!;
}

async function addDocument(page: Page, workspaceName: string, title: string, text: string): Promise<string> {
  await page.getByRole("link", { name: "Add a document" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a document" })).toBeVisible();
  // "Add a document" from a workspace's page puts the document in that workspace.
  await expect(page.getByLabel("Workspace").locator("option:checked")).toHaveText(workspaceName);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Text").fill(text);
  await page.getByRole("button", { name: "Import document" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return new URL(page.url()).pathname;
}

test("a private desk: its Admin adds a document and invites an Editor; nobody else can find any of it", async ({
  page,
  browser,
}) => {
  const stamp = Date.now();
  const deskName = `Health desk ${stamp}`;
  const title = `Clinic wait times ${stamp}`;
  const secretSentence = `Waiting lists at the Riverside clinic fell by 41 percent in ${stamp}.`;

  await signUp(page, "Hana Admin", uniqueEmail("hana"), PASSWORD);
  const slug = await createWorkspace(page, deskName, "Private");
  const documentPath = await addDocument(page, deskName, title, secretSentence);

  // The header's switcher names the current workspace and leads to it; its page lists the document.
  await page.locator(".workspace-switcher summary").click();
  await page.locator(".workspace-switcher").getByRole("link", { name: deskName }).click();
  await expect(page).toHaveURL(new RegExp(`/workspaces/${slug}$`));
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();

  // Invite an Editor by email: a link shown once.
  const editorEmail = uniqueEmail("eli");
  await page.getByRole("link", { name: /^Members/ }).click();
  await page.getByLabel("Email").fill(editorEmail);
  await page.getByLabel("Role", { exact: true }).selectOption({ label: "Editor" });
  await page.getByRole("button", { name: "Create invitation" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{20,}$/);
  // The last Admin cannot leave.
  await page.getByRole("button", { name: "Leave workspace" }).first().click();
  await expect(page.getByRole("alert").filter({ hasText: "only Admin" })).toBeVisible();

  // Someone else, signed in, finds nothing: 404 on every address, nothing in the lists.
  const outsider = await browser.newPage();
  await signUp(outsider, "Otto Outsider", uniqueEmail("otto"), PASSWORD);
  for (const path of [
    documentPath,
    `${documentPath}/report`,
    `${documentPath}/edit`,
    `${documentPath}/new-version`,
    `/workspaces/${slug}`,
    `/workspaces/${slug}/members`,
  ]) {
    const response = await outsider.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(outsider.getByText(secretSentence)).toHaveCount(0);
  }
  for (const api of [
    `/api${documentPath}/claims`,
    `/api${documentPath}/report?format=md`,
    `/api${documentPath}/annotations`,
    `/api${documentPath}/events`,
    `/api/workspaces/${slug}`,
  ]) {
    expect((await outsider.request.get(api)).status(), api).toBe(404);
  }
  const flag = await outsider.request.post(`/api${documentPath}/claims`, {
    data: { start: 0, end: 10, exact: secretSentence.slice(0, 10) },
    headers: { Origin: new URL(outsider.url()).origin },
  });
  expect(flag.status()).toBe(404);
  await outsider.goto(`/?q=${encodeURIComponent(title)}`);
  await expect(outsider.getByText(`No document matches “${title}”.`)).toBeVisible();
  await outsider.goto("/workspaces");
  await expect(outsider.getByText(deskName)).toHaveCount(0);

  // The invited Editor signs up with the invited address and opens the link: in, as an Editor.
  const editor = await browser.newPage();
  await signUp(editor, "Eli Editor", editorEmail, PASSWORD);
  await editor.goto(link);
  await expect(editor.getByRole("status")).toContainText(`You joined ${deskName} as an Editor.`);
  await editor.goto(documentPath);
  await expect(editor.getByRole("region", { name: "Document" })).toContainText(secretSentence);
  // The link worked once: opened again, it says so and names the Admin to ask.
  await outsider.goto(link);
  await expect(outsider.getByText("This invitation was already used. Ask Hana Admin for a new one.")).toBeVisible();

  // The Admin makes the Editor an Admin, and may then leave.
  await page.reload();
  await page.getByRole("combobox", { name: "Role of Eli Editor" }).selectOption({ label: "Admin" });
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.getByRole("button", { name: "Leave workspace" }).first().click();
  await expect(page).toHaveURL(/\/workspaces$/);
  expect((await page.goto(documentPath))?.status()).toBe(404);
  // The membership changes are in the workspace's log.
  await editor.goto(`/workspaces/${slug}/members`);
  const log = editor.getByRole("region", { name: "Membership changes" });
  await expect(log).toContainText("Hana Admin left the workspace");
  await expect(log).toContainText("Eli Editor joined through an invitation");
  await Promise.all([outsider.close(), editor.close()]);
});

test("an open workspace: anyone reads it, and joining makes a Checker who can flag", async ({ page, browser }) => {
  const stamp = Date.now();
  const deskName = `Elections desk ${stamp}`;
  const title = `Turnout brief ${stamp}`;
  const sentence = `Turnout in the ${stamp} election reached 71 percent of registered voters.`;
  await signUp(page, "Olga Owner", uniqueEmail("olga"), PASSWORD);
  const slug = await createWorkspace(page, deskName, "Open");
  const documentPath = await addDocument(page, deskName, title, sentence);
  await signOut(page);

  // A visitor reads it.
  await page.goto(documentPath);
  await expect(page.getByRole("region", { name: "Document" })).toContainText(sentence);

  // Someone signed in joins from the workspaces page, and becomes a Checker.
  const joiner = await browser.newPage();
  const { email } = await signUp(joiner, "Jo Joiner", uniqueEmail("jo"), PASSWORD);
  await joiner.goto("/workspaces");
  const item = joiner.getByRole("listitem").filter({ hasText: deskName });
  await item.getByRole("button", { name: "Join workspace" }).click();
  await expect(joiner.getByRole("region", { name: "Your workspaces" })).toContainText(deskName);
  await joiner.goto(`/workspaces/${slug}`);
  await expect(joiner.getByText("Your role: Checker.")).toBeVisible();
  // A Checker flags, but cannot add documents here.
  await expect(joiner.getByRole("link", { name: "Add a document" })).toHaveCount(0);
  const flagged = await joiner.request.post(`/api${documentPath}/claims`, {
    data: { start: 0, end: sentence.length, exact: sentence },
    headers: { Origin: new URL(joiner.url()).origin },
  });
  expect(flagged.status()).toBe(201);
  await signOut(joiner);
  await signIn(joiner, email, PASSWORD);
  await joiner.close();
});

/**
 * Every page, as someone outside a private desk: the site administrator (who manages workspaces
 * but is not a member) and an account of the Default workspace. A page of the desk's own is a
 * 404; every other page shows nothing of it. A page missing from this table fails the test.
 */
const PAGES: Record<string, "404" | "shows nothing" | { exempt: string }> = {
  "/": "shows nothing",
  "/admin/audit": "shows nothing",
  "/admin/fact-checks": "shows nothing",
  "/admin/jobs": "shows nothing",
  "/admin/settings": "shows nothing",
  "/admin/suggestions": "shows nothing",
  "/admin/users": "shows nothing",
  "/documents/[slug]": "404",
  "/documents/[slug]/compare": "404",
  "/documents/[slug]/edit": "404",
  "/documents/[slug]/new-version": "404",
  "/documents/[slug]/report": "404",
  "/documents/new": "shows nothing",
  "/inbox": "shows nothing",
  "/invitations/[token]": { exempt: "the link is the secret: its holder is told whose workspace it opens" },
  "/review": "shows nothing",
  "/review/stats": "shows nothing",
  "/search": "shows nothing",
  "/settings/tokens": "shows nothing",
  "/signin": "shows nothing",
  "/signup": "shows nothing",
  "/users/[id]": "shows nothing",
  "/workspaces": "shows nothing",
  "/workspaces/[slug]": "404",
  "/workspaces/[slug]/members": "404",
  "/workspaces/new": "shows nothing",
};

function pagePatterns(dir = "app", prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) found.push(...pagePatterns(path.join(dir, entry.name), `${prefix}/${entry.name}`));
    else if (entry.name === "page.tsx") found.push(prefix || "/");
  }
  return found;
}

test("every page keeps a private desk from the site administrator and from other accounts", async ({
  page,
  browser,
}) => {
  // It opens every page of the app twice (as the administrator and as another account): over
  // 60 s on a busy CI machine, so the slow test's time (three times the default).
  test.slow();
  expect(pagePatterns().filter((p) => !(p in PAGES))).toEqual([]);
  const stamp = Date.now();
  const deskName = `Secret desk ${stamp}`;
  const title = `Confidential brief ${stamp}`;
  const sentence = `The informant said the ministry paid 900000 euros in ${stamp}.`;
  await signUp(page, "Dana Desk", uniqueEmail("dana"), PASSWORD);
  const slug = await createWorkspace(page, deskName, "Private");
  const documentPath = await addDocument(page, deskName, title, sentence);
  const documentSlug = documentPath.split("/").pop()!;
  const flagged = await page.request.post(`/api${documentPath}/claims`, {
    data: { start: 0, end: sentence.length, exact: sentence },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(flagged.status()).toBe(201);
  const claimId = ((await flagged.json()) as { id: string }).id;
  const noted = await page.request.post(`/api/claims/${claimId}/notes`, {
    data: { verdict: "FALSE", rationale: `Private reasoning ${stamp}`, sources: [] },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(noted.status()).toBe(201);
  const danaId = (await page.locator(".account-name").getAttribute("href"))!.split("/").pop()!;

  const admin = await browser.newPage();
  await signIn(admin, ADMIN.email, ADMIN.password);
  const other = await browser.newPage();
  await signUp(other, "Omar Other", uniqueEmail("omar"), PASSWORD);
  const secrets = [title, sentence, `Private reasoning ${stamp}`];
  for (const [pattern, rule] of Object.entries(PAGES)) {
    if (typeof rule === "object") continue;
    const url = pattern
      .replace("/documents/[slug]", `/documents/${documentSlug}`)
      .replace("/workspaces/[slug]", `/workspaces/${slug}`)
      .replace("[id]", danaId);
    for (const viewer of [admin, other]) {
      const response = await viewer.goto(url);
      if (rule === "404") expect(response?.status(), `${url} is not found`).toBe(404);
      else expect(response?.status(), `${url} opens`).toBeLessThan(500);
      const text = await viewer.locator("body").innerText();
      for (const secret of secrets) expect(text, `${url} shows nothing of the desk`).not.toContain(secret);
      // Only site administration lists the desk's name, to manage it.
      if (!(viewer === admin && url === "/workspaces")) expect(text, url).not.toContain(deskName);
    }
  }
  await Promise.all([admin.close(), other.close()]);
});
