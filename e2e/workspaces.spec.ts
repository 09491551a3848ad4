import { expect, test, type Page } from "@playwright/test";
import { signIn, signOut, signUp, uniqueEmail } from "./helpers";

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
