import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { addNote, flagClaim, pasteDocument, signUp } from "./helpers";

// Collaboration (issue 13): handles and the @ autocomplete, mentions that name nobody stopped
// before posting, replies threaded under a note and resolvable, inbox links to the reply.

const panelOf = (page: Page) => page.getByRole("complementary", { name: "Claims" });

test("@ opens an autocomplete of people, a mention naming nobody is stopped, and the inbox opens the note in view", async ({
  page,
  browser,
  baseURL,
}) => {
  const stamp = Date.now().toString(36);
  const slug = await pasteDocument(baseURL, "Mentions walk", [
    "Port traffic fell by a third in 2021.",
    "The canal was widened in 1998 at a cost of 40 million.",
  ]);
  const colleagueName = `Hana Mention ${stamp}`;
  const colleagueContext = await browser.newContext();
  const colleague = await colleagueContext.newPage();
  await signUp(colleague, colleagueName);
  // She picks a shorter handle on her own profile (her name in the header leads there).
  await colleague.getByRole("link", { name: colleagueName }).click();
  await expect(colleague.getByText(`Mention as @hana-mention-${stamp}`)).toBeVisible();
  await colleague.getByLabel("Handle").fill(`@Hana-${stamp}`);
  await colleague.getByRole("button", { name: "Save handle" }).click();
  await expect(
    colleague.getByRole("status").filter({ hasText: `Saved: people mention you as @hana-${stamp}.` }),
  ).toBeVisible();

  await signUp(page, `Writer ${stamp}`);
  // The colleague's handle, as the profile shows it.
  const people = (await (await page.request.get(`/api/people?q=${encodeURIComponent(colleagueName)}`)).json()) as {
    id: string;
    handle: string;
  }[];
  const handle = people[0]!.handle;
  expect(handle).toBe(`hana-${stamp}`);
  await page.goto(`/users/${people[0]!.id}`);
  await expect(page.getByText(`Mention as @${handle}`)).toBeVisible();

  await page.goto(`/documents/${slug}`);
  await flagClaim(page, "Port traffic fell by a third in 2021.");
  const form = page.getByRole("form", { name: "Add verification note" });
  await form.getByLabel("Verdict").selectOption({ label: "True" });
  const rationale = form.getByLabel("Rationale");
  await rationale.click();
  // Most of the handle: other runs' Hanas share its start.
  await rationale.pressSequentially(`Confirmed by the port authority; @hana-${stamp.slice(0, -1)}`);
  const list = page.getByRole("listbox", { name: "People to mention" });
  await expect(list.getByRole("option", { name: new RegExp(colleagueName) })).toBeVisible();
  // The open list is tied to the textarea in a way assistive technology accepts.
  const withList = await new AxeBuilder({ page }).include(".claim-panel").analyze();
  expect(withList.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await rationale.press("Enter");
  await expect(list).toBeHidden();
  await expect(rationale).toHaveValue(`Confirmed by the port authority; @${handle} `);

  // A mention of nobody is flagged as it is typed, and refused on the field: nothing is saved.
  await rationale.pressSequentially("and @Nobodyatall");
  // Flagged while typing…
  await expect(form.getByText("No one here matches @Nobodyatall")).toBeVisible();
  await rationale.pressSequentially(" please check.");
  await form.getByRole("button", { name: "Save note" }).click();
  // …and refused when posted anyway.
  await expect(form.getByText("@Nobodyatall matches nobody here")).toBeVisible();
  await expect(panelOf(page).getByRole("heading", { name: "Verification notes (0)" })).toBeVisible();
  await rationale.fill(`Confirmed by the port authority; @${handle} please check.`);
  await expect(form.getByText("@Nobodyatall matches nobody here")).toBeHidden();
  await form.getByRole("button", { name: "Save note" }).click();
  const noteCard = panelOf(page).getByRole("article", { name: `Note by Writer ${stamp}` });
  await expect(noteCard.getByRole("link", { name: `@${handle}` })).toBeVisible();

  // The colleague follows the inbox item: the claim opens with the note in view and focused.
  await colleague.goto("/inbox");
  await colleague.getByRole("link", { name: "“Port traffic fell by a third in 2021.”" }).click();
  await expect(colleague).toHaveURL(/\?note=.+#claim-/);
  const mentioned = panelOf(colleague).getByRole("article", { name: `Note by Writer ${stamp}` });
  await expect(mentioned).toBeFocused();
  await expect(mentioned).toBeInViewport();
  // Following it marked it read.
  await colleague.goto("/inbox");
  await expect(colleague.getByRole("button", { name: "Mark as read" })).toHaveCount(0);
  await colleagueContext.close();
});

test("a reply can answer one note, threaded under it, and the thread can be resolved and reopened", async ({
  page,
  browser,
  baseURL,
}) => {
  const stamp = Date.now().toString(36);
  const slug = await pasteDocument(baseURL, "Threads walk", [
    "The bridge carries 90,000 cars a day.",
    "Tolls were abolished in 2015.",
  ]);
  await signUp(page, `Thread Author ${stamp}`);
  await page.goto(`/documents/${slug}`);
  const claimId = await flagClaim(page, "The bridge carries 90,000 cars a day.");
  await addNote(page, "Mostly true", "The 2022 traffic count says 87,400.", [{ url: "https://example.org/count" }]);

  // A colleague answers the note from its card.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUp(other, `Thread Asker ${stamp}`);
  await other.goto(`/documents/${slug}#claim-${claimId}`);
  const note = panelOf(other).getByRole("article", { name: `Note by Thread Author ${stamp}` });
  await note.getByRole("button", { name: "Answer this note" }).click();
  const reply = panelOf(other).getByRole("form", { name: "Reply" });
  await expect(reply.getByLabel("In answer to")).toHaveValue(
    (await reply
      .getByLabel("In answer to")
      .locator("option", { hasText: `Note by Thread Author ${stamp}` })
      .getAttribute("value")) as string,
  );
  await expect(reply.getByLabel("Your reply")).toBeFocused();
  await reply.getByLabel("Your reply").fill("Is 87,400 the weekday average?");
  await reply.getByRole("button", { name: "Reply" }).click();
  const thread = note.getByRole("list", { name: "Replies to this note" });
  await expect(thread.getByText("Is 87,400 the weekday average?")).toBeVisible();
  // Not in the general discussion.
  await expect(
    panelOf(other).locator(".discussion > .reply-list").getByText("Is 87,400 the weekday average?"),
  ).toHaveCount(0);
  await expect(panelOf(other).getByRole("heading", { name: "Discussion (0)" })).toBeVisible();
  await otherContext.close();

  // The note's author resolves the thread: it folds to one line, opens on request, reopens.
  await page.goto(`/documents/${slug}#claim-${claimId}`);
  const own = panelOf(page).getByRole("article", { name: `Note by Thread Author ${stamp}` });
  await own.getByRole("button", { name: "Resolve thread" }).click();
  const folded = own.getByText(`Resolved by Thread Author ${stamp}`);
  await expect(folded).toBeVisible();
  await expect(own.getByText("Is 87,400 the weekday average?")).toBeHidden();
  await folded.click();
  await expect(own.getByText("Is 87,400 the weekday average?")).toBeVisible();
  const resolvedThread = await new AxeBuilder({ page }).include(".claim-panel").analyze();
  expect(resolvedThread.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
  await own.getByRole("button", { name: "Reopen thread" }).click();
  await expect(own.getByRole("button", { name: "Resolve thread" })).toBeVisible();
  await expect(own.getByText(/Resolved by/)).toHaveCount(0);
  await expect(panelOf(page).getByText("resolved a note's thread")).toBeAttached();
});
