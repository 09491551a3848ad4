import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import type { Actor } from "../actor";
import { flagClaim } from "../claims/claims";
import { addNote } from "../notes/notes";
import { addReply } from "../notes/replies";
import { publishVerdict } from "../review/review";
import { ESSAY_SLUG, makeActor, seededEssay } from "../test-fixtures";
import { SEARCH_COUNT_LIMIT, searchEverything, type SearchPage } from "./search";

describe.each(databaseKinds())("search across everything on %s", (kind) => {
  let t: TestDatabase;
  let checker: Actor;
  let editor: Actor;
  let outsider: Actor;
  let deskMember: Actor;
  let claimId = "";

  const search = async (
    who: Actor | null,
    input: Record<string, unknown>,
    recentWindow?: number,
  ): Promise<SearchPage> => {
    const result = await searchEverything(t.db, who, input, recentWindow);
    if (!result.ok) throw new Error(result.message);
    return result.data;
  };
  const found = (page: SearchPage) => page.results.map((r) => `${r.type}:${r.id}`);
  const marked = (page: SearchPage) => page.results.flatMap((r) => r.snippet.filter((s) => s.match).map((s) => s.text));

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    checker = await makeActor(t.db, "Cal");
    editor = await makeActor(t.db, "Eve", "REVIEWER");
    outsider = await makeActor(t.db, "Otto");
    deskMember = await makeActor(t.db, "Dee");
    const { offsetsOf } = await seededEssay(t.db);
    const claim = await flagClaim(
      t.db,
      checker,
      ESSAY_SLUG,
      offsetsOf("Nvidia has long dominated the AI computing market"),
    );
    if (!claim.ok) throw new Error(claim.message);
    claimId = claim.data.id;
    const note = await addNote(t.db, checker, claimId, {
      verdict: "MOSTLY_TRUE",
      rationale: "Accelerator shipments show a clear lead for the chipmaker.",
      sources: [{ url: "https://example.org/jpr-gpu-shipments", title: "Jon Peddie Research" }],
    });
    if (!note.ok) throw new Error(note.message);
    await addReply(t.db, editor, claimId, { body: "Does the lighthouse figure hold for 2025?" });
    const version = (await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).version;
    await publishVerdict(t.db, editor, claimId, { verdict: "MOSTLY_TRUE", summary: "Yes, mostly.", version });
    await t.db.externalFactCheck.create({
      data: { url: "https://factcheck.example/gpu", claimReviewed: "GPUs are made of sand", headline: "Sand chips" },
    });
    // A private desk's document, with Chinese text.
    const desk = await t.db.workspace.create({ data: { slug: "desk", name: "Desk", visibility: "PRIVATE" } });
    await t.db.membership.create({ data: { workspaceId: desk.id, userId: deskMember.id, role: "CHECKER" } });
    deskMember = { ...deskMember, workspaces: { ...deskMember.workspaces, [desk.id]: "CHECKER" } };
    const text = "公交车票价上涨了百分之四十。 The informant's ledger is confidential.";
    await t.db.document.create({
      data: {
        slug: "desk-brief",
        workspaceId: desk.id,
        title: "Confidential brief",
        plainText: text,
        contentJson: "{}",
      },
    });
  });
  afterAll(async () => t.drop());

  it("finds documents, claims, notes by rationale and by source, replies and fact-checks, with the words marked", async () => {
    expect(found(await search(null, { q: "debate between" }))).toContainEqual(expect.stringMatching(/^document:/));
    const claims = await search(checker, { q: "nvidia dominated" });
    expect(found(claims)).toContain(`claim:${claimId}`);
    expect(marked(claims).map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(["nvidia", "dominated"]));
    const byRationale = await search(checker, { q: "accelerator shipments", type: "note" });
    expect(byRationale.results).toHaveLength(1);
    expect(byRationale.results[0]).toMatchObject({ url: `/documents/${ESSAY_SLUG}#claim-${claimId}` });
    expect((await search(checker, { q: "peddie", type: "note" })).total).toBe(1);
    expect(found(await search(checker, { q: "lighthouse" }))).toEqual([expect.stringMatching(/^reply:/)]);
    expect((await search(checker, { q: "sand chips" })).results[0]).toMatchObject({
      type: "fact-check",
      url: "https://factcheck.example/gpu",
    });
    expect((await search(checker, { q: "nothing-like-this-anywhere" })).total).toBe(0);
  });

  it("shows a private desk's words only to its members", async () => {
    expect((await search(outsider, { q: "ledger confidential" })).total).toBe(0);
    expect((await search(null, { q: "ledger" })).total).toBe(0);
    const member = await search(deskMember, { q: "ledger confidential" });
    expect(member.results).toMatchObject([
      { type: "document", url: "/documents/desk-brief", workspace: { slug: "desk" } },
    ]);
  });

  it("finds Chinese text by three characters and by two", async () => {
    expect((await search(deskMember, { q: "车票价" })).total).toBe(1);
    expect((await search(deskMember, { q: "上涨" })).total).toBe(1);
    expect(marked(await search(deskMember, { q: "上涨" }))).toEqual(["上涨"]);
  });

  it("filters by type, verdict, status, workspace and date", async () => {
    expect((await search(checker, { q: "nvidia", type: "document" })).results.every((r) => r.type === "document")).toBe(
      true,
    );
    const reviewed = await search(checker, { q: "nvidia", status: "REVIEWED" });
    expect(reviewed.results.map((r) => r.type).sort()).toEqual(["claim"]);
    expect((await search(checker, { q: "nvidia", verdict: "FALSE" })).total).toBe(0);
    expect((await search(checker, { q: "nvidia", verdict: "MOSTLY_TRUE", type: "claim" })).total).toBe(1);
    expect((await search(deskMember, { q: "ledger", workspace: "default" })).total).toBe(0);
    expect((await search(deskMember, { q: "ledger", workspace: "desk" })).total).toBe(1);
    expect((await search(checker, { q: "nvidia", type: "claim", from: "2000-01-01", to: "2000-12-31" })).total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await search(checker, { q: "nvidia", type: "claim", from: today, to: today })).total).toBe(1);
  });

  it("refuses an empty query and a bad filter with field errors", async () => {
    expect(await searchEverything(t.db, checker, { q: "  " })).toMatchObject({ ok: false, status: 400 });
    expect(await searchEverything(t.db, checker, { q: "x", type: "everything" })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { type: expect.any(String) },
    });
    expect(await searchEverything(t.db, checker, { q: "x", from: "2026-02-30" })).toMatchObject({
      ok: false,
      status: 400,
    });
  });

  it("counts each kind's matches up to a limit, and says when there were more", async () => {
    await t.db.reply.createMany({
      data: Array.from({ length: SEARCH_COUNT_LIMIT + 5 }, (_, i) => ({
        claimId,
        authorId: editor.id,
        body: `Gazetteer entry ${i} checked.`,
        createdAt: new Date(Date.UTC(2026, 5, 1) + i * 60_000),
      })),
    });
    // The table is smaller than the recent window: the full-text index answers.
    const many = await search(checker, { q: "gazetteer", type: "reply" });
    expect(many).toMatchObject({ total: SEARCH_COUNT_LIMIT, more: true, pageCount: SEARCH_COUNT_LIMIT / 20 });
    expect(many.results.map((r) => r.snippet.map((part) => part.text).join(""))).toEqual(
      Array.from({ length: 20 }, (_, k) => `Gazetteer entry ${SEARCH_COUNT_LIMIT + 4 - k} checked.`),
    );
    // With a window smaller than the table (search.ts, RECENT_WINDOW), its newest rows hold more
    // matches than are counted and answer alone: the same answer.
    if (kind === "postgres") await t.db.$executeRawUnsafe(`ANALYZE "Reply"`);
    expect(await search(checker, { q: "gazetteer", type: "reply" }, SEARCH_COUNT_LIMIT + 2)).toEqual(many);
    expect(await search(checker, { q: "lighthouse" })).toMatchObject({ total: 1, more: false });
  });

  it("keeps the index in step with edits, in the writing transaction", async () => {
    await t.db.note.updateMany({
      where: { claimId },
      data: { rationale: "Rewritten: the market share of a chip vendor." },
    });
    expect((await search(checker, { q: "accelerator shipments", type: "note" })).total).toBe(0);
    expect((await search(checker, { q: "market share of a chip", type: "note" })).total).toBe(1);
  });
});
