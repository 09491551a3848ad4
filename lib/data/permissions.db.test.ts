import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../db/test-databases";
import type { Actor } from "./actor";
import { getClaimDetail } from "./claims/claim-detail";
import { flagClaim, withdrawClaim } from "./claims/claims";
import { countUnreadMentions, listInbox, markMentionsRead, unreadMentionCount } from "./notes/inbox";
import { addNote, deleteNote, editNote } from "./notes/notes";
import { addReply } from "./notes/replies";
import { ESSAY_SLUG, makeActor, seededEssay } from "./test-fixtures";
import { changeRole, listUsers } from "./accounts/users";

const NIST = "NIST in the United States requires government procurement projects to disclose model parameters";
const note = {
  verdict: "FALSE",
  rationale: "No such rule exists.",
  sources: [{ url: "https://www.nist.gov/", title: "NIST" }],
};

describe.each(databaseKinds())("permissions on %s", (kind) => {
  let t: TestDatabase;
  let ana: Actor;
  let ben: Actor;
  let admin: Actor;
  let offsets: Awaited<ReturnType<typeof seededEssay>>["offsetsOf"];

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    admin = await makeActor(t.db, "Ada Admin", "ADMIN");
    ana = await makeActor(t.db, "Ana");
    ben = await makeActor(t.db, "Ben");
    offsets = (await seededEssay(t.db)).offsetsOf;
  });
  afterAll(async () => t.drop());

  it("refuses every write from a signed-out caller with 401, and writes nothing", async () => {
    const claim = await flagClaim(t.db, ana, ESSAY_SLUG, offsets(NIST));
    if (!claim.ok) throw new Error(claim.message);
    const results = [
      await flagClaim(t.db, null, ESSAY_SLUG, offsets(NIST)),
      await withdrawClaim(t.db, null, claim.data.id),
      await addNote(t.db, null, claim.data.id, note),
      await editNote(t.db, null, "any", note),
      await deleteNote(t.db, null, "any"),
      await changeRole(t.db, null, ana.id, { role: "ADMIN" }),
      await listUsers(t.db, null),
    ];
    for (const result of results) expect(result).toMatchObject({ ok: false, status: 401 });
    expect(await t.db.note.count()).toBe(0);
    expect(await t.db.claim.count()).toBe(1);
  });

  it("lets an annotator edit and delete only their own note; an admin may delete any", async () => {
    const claim = await flagClaim(t.db, ana, ESSAY_SLUG, offsets("Apple has closed the entire stack"));
    if (!claim.ok) throw new Error(claim.message);
    const added = await addNote(t.db, ana, claim.data.id, note);
    if (!added.ok) throw new Error(added.message);

    expect(await editNote(t.db, ben, added.data.id, { ...note, rationale: "hijacked" })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await deleteNote(t.db, ben, added.data.id)).toMatchObject({ ok: false, status: 403 });
    expect((await t.db.note.findUniqueOrThrow({ where: { id: added.data.id } })).rationale).toBe(
      "No such rule exists.",
    );

    // Admins may delete but not rewrite someone else's words.
    expect(await editNote(t.db, admin, added.data.id, { ...note, rationale: "admin edit" })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await editNote(t.db, ana, added.data.id, { ...note, verdict: "MISLEADING" })).toMatchObject({ ok: true });
    const versions = await t.db.noteVersion.findMany({ where: { noteId: added.data.id } });
    expect(versions.map((v) => v.verdict)).toEqual(["FALSE"]);

    expect(await deleteNote(t.db, admin, added.data.id)).toMatchObject({ ok: true });
    const deleted = await t.db.note.findUniqueOrThrow({ where: { id: added.data.id } });
    expect(deleted.deletedAt).not.toBeNull();
    const trail = await t.db.event.findMany({ where: { entityId: added.data.id }, orderBy: { createdAt: "asc" } });
    expect(trail.map((e) => [e.action, e.actorId])).toEqual([
      ["note.create", ana.id],
      ["note.edit", ana.id],
      ["note.delete", admin.id],
    ]);
  });

  it("moves a claim FLAGGED → IN_REVIEW with its first note and back when the last note is deleted", async () => {
    const claim = await flagClaim(t.db, ana, ESSAY_SLUG, offsets("Google Gemini adopts a hybrid strategy"));
    if (!claim.ok) throw new Error(claim.message);
    const added = await addNote(t.db, ben, claim.data.id, { ...note, sources: [] });
    if (!added.ok) throw new Error(added.message);
    expect((await getClaimDetail(t.db, claim.data.id, null))?.status).toBe("IN_REVIEW");
    await deleteNote(t.db, ben, added.data.id);
    expect((await getClaimDetail(t.db, claim.data.id, null))?.status).toBe("FLAGGED");
  });

  it("lets only the claimant withdraw a flag, and only while it has no notes", async () => {
    const claim = await flagClaim(t.db, ana, ESSAY_SLUG, offsets("OpenAI will close the source of ChatGPT code"));
    if (!claim.ok) throw new Error(claim.message);
    expect(await withdrawClaim(t.db, ben, claim.data.id)).toMatchObject({ ok: false, status: 403 });
    await addNote(t.db, ben, claim.data.id, note);
    expect(await withdrawClaim(t.db, ana, claim.data.id)).toMatchObject({ ok: false, status: 409 });

    const other = await flagClaim(t.db, ana, ESSAY_SLUG, offsets("Meta's open-source LLaMA series models"));
    if (!other.ok) throw new Error(other.message);
    expect(await withdrawClaim(t.db, ana, other.data.id)).toMatchObject({ ok: true });
    expect(await getClaimDetail(t.db, other.data.id, null)).toBeNull();
    expect(await t.db.claim.findUnique({ where: { id: other.data.id } })).not.toBeNull();
  });

  it("refuses a stale or invalid selection with a message", async () => {
    const at = offsets(NIST);
    expect(await flagClaim(t.db, ana, ESSAY_SLUG, { ...at, exact: "something else" })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await flagClaim(t.db, ana, ESSAY_SLUG, { start: at.start, end: at.start, exact: "" })).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(await flagClaim(t.db, ana, ESSAY_SLUG, { start: 0, end: 99_999, exact: "x" })).toMatchObject({
      ok: false,
      status: 400,
      message: expect.stringContaining("outside the document"),
    });
    expect(await flagClaim(t.db, ana, "no-such-document", at)).toMatchObject({ ok: false, status: 404 });
  });

  it("lets only admins change roles, and never removes the last admin", async () => {
    expect(await changeRole(t.db, ana, ben.id, { role: "REVIEWER" })).toMatchObject({ ok: false, status: 403 });
    expect(await listUsers(t.db, ana)).toMatchObject({ ok: false, status: 403 });
    expect(await changeRole(t.db, admin, ben.id, { role: "SUPERUSER" })).toMatchObject({ ok: false, status: 400 });
    expect(await changeRole(t.db, admin, ben.id, { role: "REVIEWER" })).toMatchObject({
      ok: true,
      data: { role: "REVIEWER" },
    });
    expect(await changeRole(t.db, admin, admin.id, { role: "ANNOTATOR" })).toMatchObject({ ok: false, status: 409 });
    const events = await t.db.event.findMany({ where: { action: "user.role" } });
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]!.after!)).toEqual({ role: "REVIEWER" });
  });

  it("shows a deleted note's text to admins only: the public history says who did what and when", async () => {
    const claim = await flagClaim(
      t.db,
      ana,
      ESSAY_SLUG,
      offsets("Open source frameworks represented by TensorFlow and PyTorch"),
    );
    if (!claim.ok) throw new Error(claim.message);
    const secret = { ...note, rationale: "Private phone number 555-0100, posted by mistake." };
    const added = await addNote(t.db, ben, claim.data.id, secret);
    if (!added.ok) throw new Error(added.message);
    expect(await deleteNote(t.db, ben, added.data.id)).toMatchObject({ ok: true });
    for (const viewer of [null, ana]) {
      const detail = (await getClaimDetail(t.db, claim.data.id, viewer))!;
      expect(JSON.stringify(detail)).not.toContain("555-0100");
      expect(detail.history.map((h) => [h.action, h.actorName])).toContainEqual(["note.delete", "Ben"]);
    }
    const asAdmin = (await getClaimDetail(t.db, claim.data.id, admin))!;
    expect(asAdmin.history.find((h) => h.action === "note.delete")?.before).toMatchObject({
      rationale: secret.rationale,
    });
  });

  it("creates a claim, note or reply once under one idempotency id: a retry gets the first answer, another body 422", async () => {
    const id = "6d1b2c3a-0000-4000-8000-000000000001";
    const at = offsets("Emerging companies such as Anthropic and xAI");
    const first = await flagClaim(t.db, ana, ESSAY_SLUG, at, id);
    const retry = await flagClaim(t.db, ana, ESSAY_SLUG, at, id);
    expect(first).toMatchObject({ ok: true, data: { id } });
    expect(retry).toMatchObject({
      ok: true,
      status: 201,
      data: { id, exact: at.exact },
      headers: { "Idempotent-Replayed": "true" },
    });
    expect(await t.db.claim.count({ where: { exact: at.exact } })).toBe(1);
    expect(await t.db.event.count({ where: { claimId: id, action: "claim.flag" } })).toBe(1);
    expect(await flagClaim(t.db, ana, ESSAY_SLUG, offsets("Meta's open-source LLaMA series models"), id)).toMatchObject(
      { ok: false, status: 422 },
    );

    const noteId = "6d1b2c3a-0000-4000-8000-000000000002";
    expect(await addNote(t.db, ben, id, note, noteId)).toMatchObject({ ok: true, data: { id: noteId } });
    expect(await addNote(t.db, ben, id, note, noteId)).toMatchObject({
      ok: true,
      data: { id: noteId },
      headers: { "Idempotent-Replayed": "true" },
    });
    expect(await t.db.note.count({ where: { claimId: id } })).toBe(1);
    expect(await t.db.event.count({ where: { claimId: id, action: "note.create" } })).toBe(1);
    expect(await addNote(t.db, ben, id, { ...note, rationale: "Something else." }, noteId)).toMatchObject({
      ok: false,
      status: 422,
    });
  });

  it("refuses to flag exactly the same span twice and names the existing claim; overlapping spans stay allowed", async () => {
    const phrase = "Perhaps the future AI ecosystem will move towards";
    const first = await flagClaim(t.db, ana, ESSAY_SLUG, offsets(phrase));
    if (!first.ok) throw new Error(first.message);
    const again = await flagClaim(t.db, ben, ESSAY_SLUG, offsets(phrase));
    expect(again).toMatchObject({ ok: false, status: 409, details: { existingClaimId: first.data.id } });
    // Refused whole: no second claim, no event for it.
    expect(await t.db.claim.count({ where: { exact: phrase } })).toBe(1);
    expect(await t.db.event.count({ where: { action: "claim.flag", after: { contains: phrase } } })).toBe(1);
    expect(await flagClaim(t.db, ben, ESSAY_SLUG, offsets("Perhaps the future AI ecosystem"))).toMatchObject({
      ok: true,
    });
    // Once withdrawn, the span is free again.
    expect(await withdrawClaim(t.db, ana, first.data.id)).toMatchObject({ ok: true });
    expect(await flagClaim(t.db, ben, ESSAY_SLUG, offsets(phrase))).toMatchObject({ ok: true });
  });

  it("counts a user's unread mentions and lets only them mark them read", async () => {
    const claim = await flagClaim(
      t.db,
      ana,
      ESSAY_SLUG,
      offsets("independent and controllable national strategic layers"),
    );
    if (!claim.ok) throw new Error(claim.message);
    expect(await addReply(t.db, ana, claim.data.id, { body: "@Ben can you check this?" })).toMatchObject({ ok: true });
    expect(await addReply(t.db, ana, claim.data.id, { body: "And this one, @Ben." })).toMatchObject({ ok: true });
    expect(await countUnreadMentions(t.db, ben)).toBe(2);
    const inbox = await listInbox(t.db, ben);
    if (!inbox.ok) throw new Error(inbox.message);
    const [first] = inbox.data;
    // Someone else cannot mark Ben's mentions read.
    expect(await markMentionsRead(t.db, ana, { ids: [first!.id] })).toMatchObject({ ok: true, data: { changed: 0 } });
    expect(await markMentionsRead(t.db, ben, { ids: [first!.id] })).toMatchObject({ ok: true, data: { changed: 1 } });
    expect(await countUnreadMentions(t.db, ben)).toBe(1);
    // The header's badge asks for the caller's own count only; a visitor has none.
    expect(await unreadMentionCount(t.db, ben)).toMatchObject({ ok: true, data: { unread: 1 } });
    expect(await unreadMentionCount(t.db, ana)).toMatchObject({ ok: true, data: { unread: 0 } });
    expect(await unreadMentionCount(t.db, null)).toMatchObject({ ok: false, status: 401 });
    expect(await markMentionsRead(t.db, ben, { nothing: true })).toMatchObject({ ok: false, status: 400 });
    expect(await markMentionsRead(t.db, ben, { all: true })).toMatchObject({ ok: true, data: { changed: 1 } });
    expect(await countUnreadMentions(t.db, ben)).toBe(0);
  });
});
