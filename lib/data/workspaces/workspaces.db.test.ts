import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashTokenSecret, newTokenSecret } from "../../auth/api-token";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import { DEFAULT_WORKSPACE_ID } from "../../workspaces/visibility";
import type { Actor } from "../actor";
import { loadActor } from "../actor";
import { actorFromToken, createToken } from "../accounts/api-tokens";
import { signUp } from "../accounts/accounts";
import { flagClaim } from "../claims/claims";
import { linkClaim, listClaimLinks } from "../claims/claim-links";
import { getReport } from "../review/report";
import { listDocuments } from "../documents/documents";
import { findSimilarFactChecks } from "../fact-checks/similar-fact-checks";
import { addNote } from "../notes/notes";
import { countUnreadMentions, listInbox } from "../notes/inbox";
import { addReply } from "../notes/replies";
import { publishVerdict } from "../review/review";
import { listQueue } from "../review/review-queue";
import { listAudit } from "../events/audit";
import { makeActor } from "../test-fixtures";
import { setNewAccountsJoinDefault } from "./default-workspace";
import { matchScope } from "./fact-check-sharing";
import { acceptInvitation, createInvitation, describeInvitation } from "./invitations";
import { changeMemberRole, endMembership, listMembers } from "./members";
import { readableWorkspaceIds } from "./scope";
import {
  createWorkspace,
  getWorkspace,
  joinWorkspace,
  listWorkspaces,
  setWorkspaceArchived,
  updateWorkspaceSettings,
} from "./workspaces";

const TEXT = "The clinic's waiting list fell by 41 percent in 2025. The mayor opened two new wards.";
const SENTENCE = "The clinic's waiting list fell by 41 percent in 2025.";
const QUEUE = {
  page: 1,
  sort: "activity" as const,
  status: null,
  verdict: null,
  assignee: null,
  document: null,
  q: "",
  sourcesChanged: false,
  after: null,
  before: null,
};

describe.each(databaseKinds())("workspaces on %s", (kind) => {
  let t: TestDatabase;
  let siteAdmin: Actor;
  let hana: Actor;
  let otto: Actor;

  /** The actor as the next request would load it: memberships read fresh from the database. */
  const fresh = async (actor: Actor) => (await loadActor(t.db, { userId: actor.id, sessionVersion: 0 }))!;

  /** A private desk with Hana as its Admin and one document in it. */
  async function privateDesk(name: string) {
    const made = await createWorkspace(t.db, hana, { name, visibility: "PRIVATE" });
    if (!made.ok) throw new Error(made.message);
    hana = await fresh(hana);
    const slug = `${made.data.slug}-doc`;
    const content = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: TEXT }] }] };
    await t.db.document.create({
      data: {
        slug,
        workspaceId: made.data.id,
        title: `${name} brief`,
        plainText: TEXT,
        contentJson: JSON.stringify(content),
      },
    });
    return { workspace: made.data, slug };
  }

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    siteAdmin = await makeActor(t.db, "Sita Site", "ADMIN");
    hana = await makeActor(t.db, "Hana Health");
    otto = await makeActor(t.db, "Otto Outside");
  });
  afterAll(async () => t.drop());

  it("creates a workspace with its creator as Admin; a taken or malformed address is a field error", async () => {
    const made = await createWorkspace(t.db, otto, { name: "Elections desk", visibility: "OPEN" });
    expect(made).toMatchObject({
      ok: true,
      status: 201,
      data: { slug: "elections-desk", role: "ADMIN", memberCount: 1 },
    });
    // The same name again takes the next free address.
    expect(await createWorkspace(t.db, otto, { name: "Elections desk", visibility: "OPEN" })).toMatchObject({
      ok: true,
      data: { slug: "elections-desk-2" },
    });
    expect(
      await createWorkspace(t.db, otto, { name: "Another", visibility: "PRIVATE", slug: "elections-desk" }),
    ).toMatchObject({ ok: false, status: 409, fieldErrors: { slug: expect.stringContaining("taken") } });
    expect(await createWorkspace(t.db, otto, { name: "Bad", visibility: "PRIVATE", slug: "Bad Slug!" })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { slug: expect.stringContaining("lower-case") },
    });
    expect(await createWorkspace(t.db, otto, { name: "  ", visibility: "SECRET" })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { name: "Give the workspace a name.", visibility: "Choose Private or Open." },
    });
    expect(await createWorkspace(t.db, null, { name: "X", visibility: "OPEN" })).toMatchObject({ status: 401 });
    otto = await fresh(otto);
  });

  it("keeps a private workspace's documents, claims and queue from everyone else, site administrators too", async () => {
    const { workspace, slug } = await privateDesk("Health desk");
    const start = TEXT.indexOf(SENTENCE);
    const claim = await flagClaim(t.db, hana, slug, { start, end: start + SENTENCE.length, exact: SENTENCE });
    expect(claim.ok).toBe(true);

    for (const outsider of [otto, siteAdmin]) {
      expect(await getWorkspace(t.db, outsider, workspace.slug)).toBeNull();
      expect(
        await flagClaim(t.db, outsider, slug, { start, end: start + 10, exact: SENTENCE.slice(0, 10) }),
      ).toMatchObject({
        status: 404,
      });
      const listed = await listDocuments(t.db, { workspaceIds: await readableWorkspaceIds(t.db, outsider) });
      expect(listed.documents.map((d) => d.slug)).not.toContain(slug);
      expect(await matchScope(t.db, outsider, { workspaceSlug: workspace.slug })).toMatchObject({ status: 404 });
    }
    // Site administrators see its name (to manage it), not its work.
    const lists = await listWorkspaces(t.db, siteAdmin);
    expect(lists.others.map((w) => w.slug)).toContain(workspace.slug);
    expect(lists.open.map((w) => w.slug)).not.toContain(workspace.slug);
    const audit = await listAudit(t.db, siteAdmin, { page: 1 });
    if (!audit.ok) throw new Error(audit.message);
    expect(audit.data.rows.length).toBeGreaterThan(0);
    expect(audit.data.rows.some((r) => r.documentSlug === slug)).toBe(false);
    // Its Admin reviews it in the queue; a reviewer of the Default workspace does not see it there.
    const rita = await makeActor(t.db, "Rita Default", "REVIEWER");
    const queue = await listQueue(t.db, rita, QUEUE);
    if (!queue.ok) throw new Error(queue.message);
    expect(queue.data.rows.some((r) => r.documentSlug === slug)).toBe(false);
    const own = await listQueue(t.db, hana, QUEUE);
    if (!own.ok) throw new Error(own.message);
    expect(own.data.rows.some((r) => r.documentSlug === slug)).toBe(true);
  });

  it("gives each role what it may do: Viewers reply, Checkers flag and write notes, Editors publish", async () => {
    const { workspace, slug } = await privateDesk("Roles desk");
    const [vera, chen, eddie] = [
      await makeActor(t.db, "Vera View"),
      await makeActor(t.db, "Chen Check"),
      await makeActor(t.db, "Eddie Edit"),
    ];
    for (const [person, role] of [
      [vera, "VIEWER"],
      [chen, "CHECKER"],
      [eddie, "EDITOR"],
    ] as const)
      await t.db.membership.create({ data: { workspaceId: workspace.id, userId: person.id, role } });
    const [viewer, checker, editor] = [await fresh(vera), await fresh(chen), await fresh(eddie)];
    const start = TEXT.indexOf(SENTENCE);
    const selection = { start, end: start + SENTENCE.length, exact: SENTENCE };
    expect(await flagClaim(t.db, viewer, slug, selection)).toMatchObject({ status: 403 });
    const claim = await flagClaim(t.db, checker, slug, selection);
    if (!claim.ok) throw new Error(claim.message);
    expect(await addReply(t.db, viewer, claim.data.id, { body: "Which year?" })).toMatchObject({ ok: true });
    const note = {
      verdict: "TRUE",
      rationale: "The health board's report.",
      sources: [{ url: "https://example.org/h" }],
    };
    expect(await addNote(t.db, viewer, claim.data.id, note)).toMatchObject({ status: 403 });
    expect(await addNote(t.db, checker, claim.data.id, note)).toMatchObject({ ok: true });
    const version = (await t.db.claim.findUniqueOrThrow({ where: { id: claim.data.id } })).version;
    const verdict = { verdict: "TRUE", summary: "Confirmed by the health board.", version };
    expect(await publishVerdict(t.db, checker, claim.data.id, verdict)).toMatchObject({ status: 403 });
    expect(await publishVerdict(t.db, editor, claim.data.id, verdict)).toMatchObject({ ok: true });
    // A Default-workspace reviewer finds no earlier fact-check there; Hana's desk does, in its own workspace.
    const own = await matchScope(t.db, hana, { workspaceSlug: workspace.slug });
    const outside = await matchScope(t.db, otto, {});
    if (!own.ok || !outside.ok) throw new Error("scope");
    expect((await findSimilarFactChecks(t.db, SENTENCE, { workspaceIds: own.data })).map((m) => m.id)).toContain(
      claim.data.id,
    );
    expect(
      (await findSimilarFactChecks(t.db, SENTENCE, { workspaceIds: outside.data })).map((m) => m.id),
    ).not.toContain(claim.data.id);
    // Shared with the instance, it is found from the Default workspace too.
    expect(await updateWorkspaceSettings(t.db, editor, workspace.slug, { shareFactChecks: true })).toMatchObject({
      status: 403,
    });
    expect(await updateWorkspaceSettings(t.db, hana, workspace.slug, { shareFactChecks: true })).toMatchObject({
      ok: true,
    });
    const shared = await matchScope(t.db, otto, {});
    if (!shared.ok) throw new Error("scope");
    expect((await findSimilarFactChecks(t.db, SENTENCE, { workspaceIds: shared.data })).map((m) => m.id)).toContain(
      claim.data.id,
    );
  });

  it("shows a private claim linked to a shared verdict on its own side only, in the reader and in reports", async () => {
    const { slug } = await privateDesk("Linking desk");
    const shared = await createWorkspace(t.db, otto, { name: "Sharing desk", visibility: "OPEN" });
    if (!shared.ok) throw new Error(shared.message);
    otto = await fresh(otto);
    expect(await updateWorkspaceSettings(t.db, otto, shared.data.slug, { shareFactChecks: true })).toMatchObject({
      ok: true,
    });
    const sharedSlug = `${shared.data.slug}-doc`;
    const content = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: TEXT }] }] };
    await t.db.document.create({
      data: {
        slug: sharedSlug,
        workspaceId: shared.data.id,
        title: "Shared brief",
        plainText: TEXT,
        contentJson: JSON.stringify(content),
      },
    });
    const start = TEXT.indexOf(SENTENCE);
    const selection = { start, end: start + SENTENCE.length, exact: SENTENCE };
    const verdict = await flagClaim(t.db, otto, sharedSlug, selection);
    const mine = await flagClaim(t.db, hana, slug, selection);
    if (!verdict.ok || !mine.ok) throw new Error("flag");
    await t.db.claim.update({ where: { id: verdict.data.id }, data: { status: "REVIEWED", finalVerdict: "TRUE" } });
    expect(await linkClaim(t.db, hana, mine.data.id, { claimId: verdict.data.id })).toMatchObject({ ok: true });
    // From the private side, the shared verdict shows; from the shared side, the private claim does not.
    expect((await listClaimLinks(t.db, mine.data.id, hana)).map((l) => l.targetId)).toEqual([verdict.data.id]);
    expect(await listClaimLinks(t.db, verdict.data.id, otto)).toEqual([]);
    const context = { baseUrl: "https://claimmark.example.org", publisher: { name: "Desk", url: "https://x.example" } };
    const options = { reviewedOnly: false, includeNotes: true, verdicts: [] };
    expect(JSON.stringify(await getReport(t.db, sharedSlug, options, context))).not.toContain(slug);
    expect(JSON.stringify(await getReport(t.db, slug, options, context))).toContain(sharedSlug);
  });

  it("drops a mention from the inbox of someone no longer in the workspace", async () => {
    const { workspace, slug } = await privateDesk("Inbox desk");
    const ben = await makeActor(t.db, "Ben Inbox");
    await t.db.membership.create({ data: { workspaceId: workspace.id, userId: ben.id, role: "CHECKER" } });
    const start = TEXT.indexOf(SENTENCE);
    const claim = await flagClaim(t.db, hana, slug, { start, end: start + SENTENCE.length, exact: SENTENCE });
    if (!claim.ok) throw new Error(claim.message);
    const handle = (await t.db.user.findUniqueOrThrow({ where: { id: ben.id } })).handle;
    await t.db.user.update({ where: { id: ben.id }, data: { handle: handle ?? "ben-inbox" } });
    expect(await addReply(t.db, hana, claim.data.id, { body: `@${handle ?? "ben-inbox"} please look` })).toMatchObject({
      ok: true,
    });
    expect(await countUnreadMentions(t.db, await fresh(ben))).toBe(1);
    expect(await endMembership(t.db, hana, workspace.slug, ben.id)).toMatchObject({ ok: true });
    const gone = await fresh(ben);
    expect(await countUnreadMentions(t.db, gone)).toBe(0);
    expect(await listInbox(t.db, gone)).toMatchObject({ ok: true, data: [] });
  });

  it("invites by email: single use, 7 days, for that address only; a used or expired link names the Admins", async () => {
    const { workspace } = await privateDesk("Invite desk");
    expect(
      await createInvitation(t.db, otto, workspace.slug, { email: "x@example.org", role: "EDITOR" }),
    ).toMatchObject({
      status: 404,
    });
    expect(await createInvitation(t.db, hana, workspace.slug, { email: "not an email", role: "OWNER" })).toMatchObject({
      status: 400,
      fieldErrors: { email: expect.any(String), role: expect.any(String) },
    });
    const made = await createInvitation(t.db, hana, workspace.slug, { email: "Ines@Example.org", role: "EDITOR" });
    if (!made.ok) throw new Error(made.message);
    const token = made.data.path.split("/").pop()!;
    expect(await t.db.invitation.count({ where: { tokenHash: token } })).toBe(0);
    // Someone else holding the link cannot use it.
    expect(await acceptInvitation(t.db, otto, token)).toMatchObject({ status: 403 });
    // The invited address signs up, then opens the link: an Editor.
    const signed = await signUp(
      t.db,
      { name: "Ines Invited", email: "ines@example.org", password: "a long passphrase 1" },
      { adminEmail: null, firstAccountIsAdmin: false },
    );
    if (!signed.ok) throw new Error(signed.message);
    const ines = (await loadActor(t.db, { userId: signed.data.id, sessionVersion: 0 }))!;
    expect(await acceptInvitation(t.db, ines, token)).toMatchObject({ ok: true, data: { role: "EDITOR" } });
    expect((await fresh(ines)).workspaces[workspace.id]).toBe("EDITOR");
    // Used once.
    expect(await acceptInvitation(t.db, ines, token)).toMatchObject({
      status: 410,
      message: "This invitation was already used. Ask Hana Health for a new one.",
    });
    // Expired after 7 days.
    const later = await createInvitation(t.db, hana, workspace.slug, { email: "late@example.org", role: "VIEWER" });
    if (!later.ok) throw new Error(later.message);
    const lateToken = later.data.path.split("/").pop()!;
    const eightDays = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
    expect(await describeInvitation(t.db, lateToken, eightDays)).toMatchObject({
      state: "expired",
      admins: ["Hana Health"],
    });
    expect(await acceptInvitation(t.db, otto, lateToken, eightDays)).toMatchObject({
      status: 410,
      message: "This invitation has expired. Ask Hana Health for a new one.",
    });
    expect(await describeInvitation(t.db, "not-a-real-token-at-all-0000")).toBeNull();
    // The log has both.
    const members = await listMembers(t.db, hana, workspace.slug);
    if (!members.ok) throw new Error(members.message);
    expect(members.data.changes.map((c) => c.what)).toEqual(
      expect.arrayContaining(["invited someone", "joined through an invitation"]),
    );
  });

  it("never leaves a workspace without an Admin", async () => {
    const { workspace } = await privateDesk("Admin desk");
    expect(await endMembership(t.db, hana, workspace.slug, hana.id)).toMatchObject({
      status: 409,
      message: expect.stringContaining("only Admin"),
    });
    expect(await changeMemberRole(t.db, hana, workspace.slug, hana.id, { role: "EDITOR" })).toMatchObject({
      status: 409,
    });
    const ada = await makeActor(t.db, "Ada Second");
    await t.db.membership.create({ data: { workspaceId: workspace.id, userId: ada.id, role: "CHECKER" } });
    expect(await changeMemberRole(t.db, hana, workspace.slug, ada.id, { role: "ADMIN" })).toMatchObject({ ok: true });
    // Two Admins demoting each other at once: one of them stays.
    const adaNow = await fresh(ada);
    const both = await Promise.all([
      changeMemberRole(t.db, hana, workspace.slug, ada.id, { role: "CHECKER" }),
      changeMemberRole(t.db, adaNow, workspace.slug, hana.id, { role: "CHECKER" }),
    ]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(await t.db.membership.count({ where: { workspaceId: workspace.id, role: "ADMIN" } })).toBe(1);
  });

  it("joins open workspaces only, as a Checker; archived ones are read-only and only a site administrator restores them", async () => {
    const open = await createWorkspace(t.db, hana, { name: "Open desk", visibility: "OPEN" });
    const closed = await createWorkspace(t.db, hana, { name: "Closed desk", visibility: "PRIVATE" });
    if (!open.ok || !closed.ok) throw new Error("create");
    expect(await joinWorkspace(t.db, otto, open.data.slug)).toMatchObject({ ok: true, data: { role: "CHECKER" } });
    expect(await joinWorkspace(t.db, otto, closed.data.slug)).toMatchObject({ status: 404 });
    hana = await fresh(hana);
    expect(await setWorkspaceArchived(t.db, otto, open.data.slug, { archived: true })).toMatchObject({ status: 403 });
    expect(await setWorkspaceArchived(t.db, hana, open.data.slug, { archived: true })).toMatchObject({ ok: true });
    expect(await joinWorkspace(t.db, siteAdmin, open.data.slug)).toMatchObject({ status: 409 });
    expect((await listWorkspaces(t.db, otto)).open.map((w) => w.slug)).not.toContain(open.data.slug);
    expect(await setWorkspaceArchived(t.db, hana, open.data.slug, { archived: false })).toMatchObject({ status: 403 });
    expect(await setWorkspaceArchived(t.db, siteAdmin, open.data.slug, { archived: false })).toMatchObject({
      ok: true,
    });
  });

  it("answers a token only within its workspace, in its owner's role there", async () => {
    const { workspace, slug } = await privateDesk("Token desk");
    expect(
      await createToken(t.db, otto, { name: "x", scopes: ["read"], expiresInDays: 1, workspace: workspace.slug }),
    ).toMatchObject({
      status: 400,
      fieldErrors: { workspace: expect.any(String) },
    });
    const made = await createToken(t.db, hana, {
      name: "CMS",
      scopes: ["read"],
      expiresInDays: 1,
      workspace: workspace.slug,
    });
    if (!made.ok) throw new Error(made.message);
    const tokenActor = (await actorFromToken(t.db, `Bearer ${made.data.secret}`))!;
    expect(tokenActor.onlyWorkspace).toBe(workspace.id);
    expect(await readableWorkspaceIds(t.db, tokenActor)).toEqual([workspace.id]);
    // Removed from the desk, its owner's token reads nothing there any more.
    await t.db.membership.update({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId: hana.id } },
      data: { role: "VIEWER" },
    });
    const ada = await makeActor(t.db, "Ada Token");
    await t.db.membership.create({ data: { workspaceId: workspace.id, userId: ada.id, role: "ADMIN" } });
    await t.db.membership.delete({ where: { workspaceId_userId: { workspaceId: workspace.id, userId: hana.id } } });
    const removed = (await actorFromToken(t.db, `Bearer ${made.data.secret}`))!;
    expect(await readableWorkspaceIds(t.db, removed)).toEqual([]);
    // A token in the Default workspace reads nothing of the desk, though its owner could.
    const secret = newTokenSecret();
    await t.db.apiToken.create({
      data: {
        userId: hana.id,
        workspaceId: DEFAULT_WORKSPACE_ID,
        name: "d",
        secretHash: hashTokenSecret(secret),
        scopes: "read",
      },
    });
    const elsewhere = (await actorFromToken(t.db, `Bearer ${secret}`))!;
    const listed = await listDocuments(t.db, { workspaceIds: await readableWorkspaceIds(t.db, elsewhere) });
    expect(listed.documents.map((d) => d.slug)).not.toContain(slug);
  });

  it("puts new accounts in the Default workspace as Checkers, unless site administrators turned it off", async () => {
    const policy = { adminEmail: null, firstAccountIsAdmin: false };
    const first = await signUp(
      t.db,
      { name: "New One", email: "new.one@example.org", password: "a long passphrase 2" },
      policy,
    );
    if (!first.ok) throw new Error(first.message);
    expect(
      await t.db.membership.findUnique({
        where: { workspaceId_userId: { workspaceId: DEFAULT_WORKSPACE_ID, userId: first.data.id } },
      }),
    ).toMatchObject({ role: "CHECKER" });
    expect(await setNewAccountsJoinDefault(t.db, hana, { join: false })).toMatchObject({ status: 403 });
    expect(await setNewAccountsJoinDefault(t.db, siteAdmin, { join: false })).toMatchObject({ ok: true });
    const second = await signUp(
      t.db,
      { name: "New Two", email: "new.two@example.org", password: "a long passphrase 3" },
      policy,
    );
    if (!second.ok) throw new Error(second.message);
    expect(await t.db.membership.count({ where: { userId: second.data.id } })).toBe(0);
    await setNewAccountsJoinDefault(t.db, siteAdmin, { join: true });
  });
});
