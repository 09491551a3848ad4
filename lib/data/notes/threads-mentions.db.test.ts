import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import { signUp, type AccountPolicy } from "../accounts/accounts";
import type { Actor } from "../actor";
import { getClaimDetail } from "../claims/claim-detail";
import { flagClaim } from "../claims/claims";
import { listInbox } from "./inbox";
import { addNote, editNote } from "./notes";
import { assignMissingHandles, changeOwnHandle, findPeople } from "../accounts/people";
import { readEventSnapshot } from "../events/record-event";
import { describeEventDetail } from "../../event-detail";
import { addReply } from "./replies";
import { setDiscussionResolved, setThreadResolved } from "./threads";
import { ESSAY_SLUG, makeActor, seededEssay } from "../test-fixtures";
import { getReport } from "../review/report";
import { renderHtmlReport } from "../../report/render-html";
import { renderMarkdownReport } from "../../report/render-markdown-report";

const POLICY: AccountPolicy = { adminEmail: null, firstAccountIsAdmin: false };
const password = "a long enough passphrase";

describe.each(databaseKinds())("handles, mentions and note threads on %s", (kind) => {
  let t: TestDatabase;
  let ana: Actor;
  let ben: Actor;
  let cleo: Actor;
  let rita: Actor;
  let claimId: string;
  let noteId: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    ana = await makeActor(t.db, "Ana Lima");
    ben = await makeActor(t.db, "Ben Okafor");
    cleo = await makeActor(t.db, "Cleo");
    rita = await makeActor(t.db, "Rita", "REVIEWER");
    await assignMissingHandles(t.db);
    const offsets = (await seededEssay(t.db)).offsetsOf;
    const claim = await flagClaim(t.db, ana, ESSAY_SLUG, offsets("Nvidia has long dominated the AI computing market"));
    if (!claim.ok) throw new Error(claim.message);
    claimId = claim.data.id;
    const note = await addNote(t.db, ana, claimId, {
      verdict: "TRUE",
      rationale: "Market share reports agree.",
      sources: [],
    });
    if (!note.ok) throw new Error(note.message);
    noteId = note.data.id;
  });
  afterAll(async () => t.drop());

  it("gives every account a unique handle from its name: at sign-up, and to older accounts on start", async () => {
    const handles = await t.db.user.findMany({
      where: { id: { in: [ana.id, ben.id] } },
      select: { handle: true },
      orderBy: { name: "asc" },
    });
    expect(handles.map((u) => u.handle)).toEqual(["ana-lima", "ben-okafor"]);
    const twin = await signUp(t.db, { name: "Ana Lima", email: "other.ana@example.org", password }, POLICY);
    expect(twin.ok).toBe(true);
    const stored = await t.db.user.findUniqueOrThrow({
      where: { email: "other.ana@example.org" },
      select: { handle: true },
    });
    expect(stored.handle).toBe("ana-lima-2");
    expect(await assignMissingHandles(t.db)).toBe(0);
  });

  it("finds people to mention by name or handle, for signed-in people only", async () => {
    expect(await findPeople(t.db, null, "an")).toMatchObject({ ok: false, status: 401 });
    const found = await findPeople(t.db, ben, "ben-o");
    expect(found.ok && found.data.map((p) => p.name)).toEqual(["Ben Okafor"]);
  });

  it("records a mention by handle, and refuses a mention that names nobody without writing anything", async () => {
    const byHandle = await addReply(t.db, ana, claimId, { body: "@ben-okafor can you find the 2023 figure?" });
    expect(byHandle.ok).toBe(true);
    const inbox = await listInbox(t.db, ben);
    expect(inbox.ok && inbox.data[0]).toMatchObject({
      kind: "reply",
      href: `/documents/${ESSAY_SLUG}?reply=${byHandle.ok ? byHandle.data.id : ""}#claim-${claimId}`,
    });
    expect(inbox.ok && inbox.data[0]!.html).toContain(`<a href="/users/${ben.id}"`);

    const repliesBefore = await t.db.reply.count();
    const notesBefore = await t.db.note.count();
    expect(await addReply(t.db, ana, claimId, { body: "Ask @Zed about it" })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { body: expect.stringContaining("@Zed matches nobody") },
    });
    expect(
      await addNote(t.db, ana, claimId, { verdict: "TRUE", rationale: "Per @nobody-here.", sources: [] }),
    ).toMatchObject({ ok: false, status: 400, fieldErrors: { rationale: expect.stringContaining("@nobody-here") } });
    expect(
      await editNote(t.db, ana, noteId, { verdict: "TRUE", rationale: "Per @nobody-here.", sources: [] }),
    ).toMatchObject({ ok: false, status: 400 });
    expect(await t.db.reply.count()).toBe(repliesBefore);
    expect(await t.db.note.count()).toBe(notesBefore);
    // Escaped, the sign is text.
    expect(await addReply(t.db, ana, claimId, { body: "The account \\@Zed posted it." })).toMatchObject({ ok: true });
  });

  it("threads a reply under the note it answers, apart from the general discussion", async () => {
    const answer = await addReply(t.db, ben, claimId, { body: "Which report?", noteId });
    expect(answer.ok).toBe(true);
    const detail = (await getClaimDetail(t.db, claimId, ben))!;
    const note = detail.notes.find((n) => n.id === noteId)!;
    expect(note.thread.replies.map((r) => r.authorName)).toEqual(["Ben Okafor"]);
    expect(detail.replies.some((r) => answer.ok && r.id === answer.data.id)).toBe(false);
    expect(
      detail.history.some((h) => h.action === "reply.create" && h.detail === "answering a verification note"),
    ).toBe(true);
  });

  it("refuses an answer to a note of another claim, or a deleted one", async () => {
    const other = await flagClaim(
      t.db,
      ben,
      ESSAY_SLUG,
      (await seededEssay(t.db)).offsetsOf("the GPL-3.0 protocol adds"),
    );
    if (!other.ok) throw new Error(other.message);
    expect(await addReply(t.db, ben, other.data.id, { body: "Wrong place", noteId })).toMatchObject({
      ok: false,
      status: 404,
    });
  });

  it("lets the note's author, repliers and reviewers resolve and reopen its thread; a new answer reopens it", async () => {
    expect(await setThreadResolved(t.db, null, noteId, { resolved: true })).toMatchObject({ ok: false, status: 401 });
    expect(await setThreadResolved(t.db, cleo, noteId, { resolved: true })).toMatchObject({ ok: false, status: 403 });
    expect(await setThreadResolved(t.db, ana, noteId, { resolved: "yes" })).toMatchObject({ ok: false, status: 400 });

    expect(await setThreadResolved(t.db, ben, noteId, { resolved: true })).toMatchObject({ ok: true });
    let thread = (await getClaimDetail(t.db, claimId, cleo))!.notes[0]!.thread;
    expect(thread).toMatchObject({ resolvedByName: "Ben Okafor", canResolve: false });
    expect(thread.resolvedAt).not.toBeNull();
    expect((await getClaimDetail(t.db, claimId, rita))!.notes[0]!.thread.canResolve).toBe(true);

    expect(await setThreadResolved(t.db, rita, noteId, { resolved: false })).toMatchObject({ ok: true });
    expect(await setThreadResolved(t.db, ana, noteId, { resolved: true })).toMatchObject({ ok: true });
    await addReply(t.db, cleo, claimId, { body: "One more thing", noteId });
    thread = (await getClaimDetail(t.db, claimId, cleo))!.notes[0]!.thread;
    expect(thread.resolvedAt).toBeNull();
    expect(thread.canResolve).toBe(true); // Cleo replied in it now

    const events = await t.db.changeFeed.findMany({
      where: { claimId, action: { in: ["thread.resolve", "thread.reopen"] } },
      orderBy: { seq: "asc" },
      select: { action: true, actorId: true },
    });
    expect(events).toEqual([
      { action: "thread.resolve", actorId: ben.id },
      { action: "thread.reopen", actorId: rita.id },
      { action: "thread.resolve", actorId: ana.id },
    ]);
  });

  it("resolves and reopens the claim's own discussion the same way: its author, repliers and reviewers; a new reply reopens it", async () => {
    // Ana flagged the claim; Cleo has not replied in its general discussion yet.
    expect(await setDiscussionResolved(t.db, null, claimId, { resolved: true })).toMatchObject({
      ok: false,
      status: 401,
    });
    expect(await setDiscussionResolved(t.db, cleo, claimId, { resolved: true })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await setDiscussionResolved(t.db, ana, "no-such-claim", { resolved: true })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect((await getClaimDetail(t.db, claimId, cleo))!.discussion.canResolve).toBe(false);

    expect(await setDiscussionResolved(t.db, ana, claimId, { resolved: true })).toMatchObject({ ok: true });
    let detail = (await getClaimDetail(t.db, claimId, cleo))!;
    expect(detail.discussion).toMatchObject({ resolvedByName: "Ana Lima", canResolve: false });
    expect(detail.discussion.resolvedAt).not.toBeNull();
    // Saying it again changes nothing and records nothing.
    expect(await setDiscussionResolved(t.db, ana, claimId, { resolved: true })).toMatchObject({ ok: true });

    // A reply under a note leaves the claim's discussion as it is; a reply to the claim reopens it.
    expect(await addReply(t.db, cleo, claimId, { body: "On the note", noteId })).toMatchObject({ ok: true });
    expect((await getClaimDetail(t.db, claimId, cleo))!.discussion.resolvedAt).not.toBeNull();
    expect(await addReply(t.db, cleo, claimId, { body: "And on the claim itself" })).toMatchObject({ ok: true });
    detail = (await getClaimDetail(t.db, claimId, cleo))!;
    expect(detail.discussion).toMatchObject({ resolvedAt: null, canResolve: true });
    expect(await setDiscussionResolved(t.db, rita, claimId, { resolved: true })).toMatchObject({ ok: true });
    expect(await setDiscussionResolved(t.db, cleo, claimId, { resolved: false })).toMatchObject({ ok: true });

    const events = await t.db.changeFeed.findMany({
      where: { claimId, action: { in: ["discussion.resolve", "discussion.reopen"] } },
      orderBy: { seq: "asc" },
      select: { action: true, actorId: true },
    });
    expect(events).toEqual([
      { action: "discussion.resolve", actorId: ana.id },
      { action: "discussion.resolve", actorId: rita.id },
      { action: "discussion.reopen", actorId: cleo.id },
    ]);
  });

  it("prints a note's words without its mentions, and no reply, in a report that includes notes", async () => {
    const mentioning = await addNote(t.db, cleo, claimId, {
      verdict: "MISLEADING",
      rationale: "Checked, @Ben Okafor: the 2023 share is lower. @rita please confirm.",
      sources: [],
    });
    expect(mentioning.ok).toBe(true);
    const context = {
      baseUrl: "https://claimmark.example",
      publisher: { name: "Desk", url: "https://claimmark.example" },
    };
    const report = await getReport(
      t.db,
      ESSAY_SLUG,
      { reviewedOnly: false, includeNotes: true, verdicts: [] },
      context,
    );
    const claim = report!.claims.find((c) => c.id === claimId)!;
    const rationales = claim.notes.map((n) => n.rationale);
    expect(rationales).toContain("Checked: the 2023 share is lower. please confirm.");
    const printed = renderHtmlReport(report!) + renderMarkdownReport(report!);
    expect(printed).not.toMatch(/@Ben|@rita|@ben-okafor/i);
    // Replies are the desk's conversation: never in a report.
    expect(printed).not.toContain("can you find the 2023 figure");
  });
});

describe.each(databaseKinds())("choosing one's handle on %s", (kind) => {
  let t: TestDatabase;
  let ana: Actor;
  let ben: Actor;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    ana = await makeActor(t.db, "Ana Lima");
    ben = await makeActor(t.db, "Ben Okafor");
    await assignMissingHandles(t.db);
  });
  afterAll(async () => t.drop());

  it("changes one's own handle, refuses a taken or malformed one, and records the change in words", async () => {
    expect(await changeOwnHandle(t.db, null, { handle: "ana" })).toMatchObject({ ok: false, status: 401 });
    expect(await changeOwnHandle(t.db, ana, { handle: "@Ana" })).toMatchObject({ ok: true, data: { handle: "ana" } });
    expect(await changeOwnHandle(t.db, ben, { handle: "ana" })).toMatchObject({
      ok: false,
      status: 409,
      fieldErrors: { handle: expect.stringContaining("already has") },
    });
    for (const bad of ["a", "-ana", "ana--lima", "ana lima", "x".repeat(31), "ánä"]) {
      expect(await changeOwnHandle(t.db, ben, { handle: bad })).toMatchObject({
        ok: false,
        status: 400,
        fieldErrors: { handle: expect.any(String) },
      });
    }
    const event = await t.db.event.findFirstOrThrow({ where: { action: "user.handle", actorId: ana.id } });
    expect(describeEventDetail(event.action, readEventSnapshot(event.before), readEventSnapshot(event.after))).toBe(
      "from @ana-lima to @ana",
    );
    // The new handle is what mentions match now.
    const found = await findPeople(t.db, ben, "ana");
    expect(found.ok && found.data[0]).toMatchObject({ name: "Ana Lima", handle: "ana" });
  });

  it("refuses reserved handles, handles that look like another's, and one given up within 30 days", async () => {
    const refused = async (handle: string, like: string) =>
      expect(await changeOwnHandle(t.db, ben, { handle }), handle).toMatchObject({
        ok: false,
        status: 409,
        fieldErrors: { handle: expect.stringContaining(like) },
      });
    for (const reserved of ["everyone", "here", "all", "admin", "adrnin"]) await refused(reserved, "reserved");
    // Ana is @ana now: "@an-a" and "@a-na" read the same.
    await refused("an-a", "looks too much like @ana");
    // Ana gave up @ana-lima above: kept from others for 30 days, not from her.
    await refused("ana-lima", "given up lately");
    expect(await changeOwnHandle(t.db, ana, { handle: "ana-lima" })).toMatchObject({ ok: true });
    expect(await changeOwnHandle(t.db, ben, { handle: "ben-o" })).toMatchObject({ ok: true });
  });
});
