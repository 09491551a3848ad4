import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import { importSource } from "../../import/import-source";
import { loadActor, type Actor } from "../actor";
import { importDocument, importRevision } from "../documents/document-import";
import { makeActor } from "../test-fixtures";
import { createWorkspace, joinWorkspace, setWorkspaceArchived } from "../workspaces/workspaces";
import { flagClaim } from "./claims";

// A flag is checked against the document's text as this process last read it, without asking
// the database, and the write itself verifies that the document and its workspace are still
// as read (lib/data/documents/document-text.ts). These are the changes made meanwhile by
// someone else (another request, or another instance): the flag must answer as if it had read
// the database first.

const paste = (text: string) => importSource({ kind: "paste", format: "text", text }, { allowPrivateHosts: false });

const V1 = [
  "Transit claims in the council debate",
  "The council said ridership rose 4 percent in 2025.",
  "Fares have not changed since 2019, the mayor said.",
  "The new tram line will open in 2028, according to the city.",
].join("\n");

// The first line keeps its offsets; the tram sentence moves; the fares sentence is gone.
const V2 = [
  "Transit claims in the council debate",
  "An editor's note was added to this version.",
  "The council said ridership rose 5 percent in 2025.",
  "The new tram line will open in 2028, according to the city.",
].join("\n");

describe.each(databaseKinds())("a flag against the text this process remembers, on %s", (kind) => {
  let t: TestDatabase;
  let editor: Actor;
  let checker: Actor;
  let deskSlug: string;
  const fresh = async (actor: Actor) => (await loadActor(t.db, { userId: actor.id, sessionVersion: 0 }))!;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    editor = await makeActor(t.db, "Eda Editor", "REVIEWER");
    checker = await makeActor(t.db, "Chen Checker");
  });
  afterAll(async () => t.drop());

  /** A fresh open desk with Eda as its Admin, Chen joined as a Checker, and V1 in it; its slug. */
  async function deskWithV1(name: string): Promise<string> {
    const desk = await createWorkspace(t.db, editor, { name, visibility: "OPEN" });
    if (!desk.ok) throw new Error(desk.message);
    deskSlug = desk.data.slug;
    editor = await fresh(editor);
    expect(await joinWorkspace(t.db, checker, deskSlug)).toMatchObject({ ok: true });
    checker = await fresh(checker);
    const imported = await importDocument(t.db, editor, await paste(V1), name, deskSlug);
    if (!imported.ok) throw new Error(imported.message);
    return imported.data.slug;
  }

  const selection = (text: string, phrase: string) => {
    const start = text.indexOf(phrase);
    if (start < 0) throw new Error(`not in the text: ${phrase}`);
    return { start, end: start + phrase.length, exact: phrase };
  };

  /** Chen's flag is refused with 409 and `message`, and no claim is stored. */
  async function expectRefused(slug: string, span: ReturnType<typeof selection>, message: unknown) {
    const before = await t.db.claim.count();
    expect(await flagClaim(t.db, checker, slug, span)).toMatchObject({ ok: false, status: 409, message });
    expect(await t.db.claim.count()).toBe(before);
  }

  it("anchors to the new version a flag made after a version this process has not read yet", async () => {
    const slug = await deskWithV1("Revised debate");
    // Chen's first flag: this process now remembers V1.
    expect(await flagClaim(t.db, checker, slug, selection(V1, "Fares have not changed since 2019"))).toMatchObject({
      ok: true,
    });
    expect(await importRevision(t.db, editor, slug, await paste(V2))).toMatchObject({
      ok: true,
      data: { revision: 2 },
    });

    // The same offsets and words in both versions: only the write's check of the document sees
    // that V2 is current, and the claim belongs to revision 2.
    const title = await flagClaim(t.db, checker, slug, selection(V2, "Transit claims in the council debate"));
    if (!title.ok) throw new Error(title.message);
    expect(await t.db.claim.findUniqueOrThrow({ where: { id: title.data.id } })).toMatchObject({
      revision: 2,
      start: 0,
    });

    // A sentence that moved: the reader selected it in V2, where it now is.
    const tram = await flagClaim(t.db, checker, slug, selection(V2, "The new tram line will open in 2028"));
    expect(tram).toMatchObject({ ok: true, data: { start: V2.indexOf("The new tram line"), anchorState: "exact" } });

    // A reader still showing V1 is told the document changed, and nothing is stored.
    await expectRefused(
      slug,
      selection(V1, "The council said ridership rose 4 percent"),
      expect.stringContaining("The document changed since you opened it"),
    );
  });

  it("refuses a flag once the workspace is archived, though this process last read it open", async () => {
    const slug = await deskWithV1("Archived debate");
    expect(await flagClaim(t.db, checker, slug, selection(V1, "Fares have not changed since 2019"))).toMatchObject({
      ok: true,
    });
    expect(await setWorkspaceArchived(t.db, editor, deskSlug, { archived: true })).toMatchObject({ ok: true });

    await expectRefused(
      slug,
      selection(V1, "The council said ridership rose 4 percent"),
      "This workspace is archived: it is read-only.",
    );
  });
});
