import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import { importSource } from "../../import/import-source";
import type { Actor } from "../actor";
import { flagClaim } from "../claims/claims";
import { getDocumentDetails, setDocumentArchived, updateDocumentMetadata } from "./document-admin";
import { reattachClaim } from "../claims/claim-reattach";
import { importDocument, importRevision } from "./document-import";
import { detectedDocumentLanguage, getReaderDocument, listDocuments } from "./documents";
import { compareRevisions } from "./revision-compare";
import { makeActor } from "../test-fixtures";
import { DEFAULT_WORKSPACE_ID } from "../../workspaces/visibility";

const env = { allowPrivateHosts: false };
const paste = (text: string) => importSource({ kind: "paste", format: "text", text }, env);

const V1 = [
  "Budget claims in the 2026 speech",
  "The minister said unemployment fell to 4.1 percent in March.",
  "She added that exports grew by twelve percent last year.",
  "The new rail line will open in 2028, according to the ministry.",
  "Critics say the figures leave out part-time work.",
].join("\n");

const V2 = [
  "Budget claims in the 2026 speech",
  "An editor's note was added at the top of this version.",
  "The minister said unemployment fell to 4.3 percent in March.",
  "The new rail line will open in 2028, according to the ministry.",
  "Critics say the figures leave out part-time work.",
].join("\n");

describe.each(databaseKinds())("importing documents and revisions on %s", (kind) => {
  let t: TestDatabase;
  let reviewer: Actor;
  let annotator: Actor;
  let admin: Actor;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    admin = await makeActor(t.db, "Ada Admin", "ADMIN");
    reviewer = await makeActor(t.db, "Rui Reviewer", "REVIEWER");
    annotator = await makeActor(t.db, "Ana Annotator");
  });
  afterAll(async () => t.drop());

  const flag = async (slug: string, phrase: string, actor = annotator) => {
    const text = (await t.db.document.findUniqueOrThrow({ where: { slug } })).plainText;
    const start = text.indexOf(phrase);
    const result = await flagClaim(t.db, actor, slug, { start, end: start + phrase.length, exact: phrase });
    if (!result.ok) throw new Error(result.message);
    return result.data.id;
  };

  it("lets reviewers import, refuses annotators with 403, and gives each title a unique slug", async () => {
    const refused = await importDocument(t.db, annotator, await paste(V1));
    expect(refused).toMatchObject({ ok: false, status: 403 });
    const first = await importDocument(t.db, reviewer, await paste(V1));
    const second = await importDocument(t.db, reviewer, await paste(V1));
    expect(first).toMatchObject({
      ok: true,
      status: 201,
      data: { slug: "budget-claims-in-the-2026-speech", revision: 1 },
    });
    expect(second).toMatchObject({ ok: true, data: { slug: "budget-claims-in-the-2026-speech-2" } });
    expect(await t.db.event.count({ where: { action: "document.import" } })).toBe(2);
    expect(await importDocument(t.db, reviewer, await paste("Another"), "new")).toMatchObject({
      ok: true,
      data: { slug: "new-2" },
    });
  });

  it("moves claims to a new revision: exact, fuzzy and orphaned, and keeps the old revision readable", async () => {
    const slug = "budget-claims-in-the-2026-speech";
    const unemployment = await flag(slug, "The minister said unemployment fell to 4.1 percent in March.");
    const exports = await flag(slug, "She added that exports grew by twelve percent last year.");
    const rail = await flag(slug, "The new rail line will open in 2028");
    const result = await importRevision(t.db, reviewer, slug, await paste(V2));
    expect(result).toMatchObject({ ok: true, data: { revision: 2, exact: 1, fuzzy: 1, orphaned: 1 } });

    const current = await getReaderDocument(t.db, slug);
    const state = (id: string) => current!.claims.find((c) => c.id === id);
    expect(state(unemployment)).toMatchObject({
      anchorState: "fuzzy",
      exact: "The minister said unemployment fell to 4.3 percent in March.",
    });
    expect(state(exports)).toMatchObject({ anchorState: "orphaned", anchored: false });
    expect(state(rail)).toMatchObject({ anchorState: "exact", start: V2.indexOf("The new rail line") });
    expect(current!.revision).toBe(2);

    const old = await getReaderDocument(t.db, slug, 1);
    expect(old!.claims.map((c) => [c.exact.slice(0, 30), c.anchorState])).toEqual([
      ["The minister said unemployment", "exact"],
      ["She added that exports grew by", "exact"],
      ["The new rail line will open in", "exact"],
    ]);
    expect(await getReaderDocument(t.db, slug, 9)).toBeNull();
    // Anchor rows (written in batches of raw SQL) read back through the model, dates included.
    const anchor = await t.db.claimAnchor.findFirstOrThrow({ where: { claimId: rail, revision: 2 } });
    expect(anchor).toMatchObject({ state: "exact", exact: "The new rail line will open in 2028" });
    expect(Math.abs(anchor.createdAt.getTime() - Date.now())).toBeLessThan(60_000);

    const comparison = await compareRevisions(t.db, slug, 1, 2);
    expect(comparison!.touched.map((c) => [c.id, c.state])).toEqual([
      [unemployment, "fuzzy"],
      [exports, "orphaned"],
    ]);
    expect(
      comparison!.parts
        .filter((p) => p.op === 1)
        .map((p) => p.text)
        .join(""),
    ).toContain("An editor's note");
  });

  it("refuses a revision identical to the current one with 409 and creates nothing", async () => {
    const slug = "budget-claims-in-the-2026-speech";
    const before = await t.db.documentRevision.count();
    expect(await importRevision(t.db, reviewer, slug, await paste(V2))).toMatchObject({ ok: false, status: 409 });
    expect(await t.db.documentRevision.count()).toBe(before);
  });

  it("re-attaches an orphan to newly selected text (reviewers only), recorded in the log", async () => {
    const slug = "budget-claims-in-the-2026-speech";
    const orphan = (await getReaderDocument(t.db, slug))!.claims.find((c) => c.anchorState === "orphaned")!;
    const phrase = "An editor's note was added at the top of this version.";
    const start = V2.indexOf(phrase);
    const body = { start, end: start + phrase.length, exact: phrase };
    expect(await reattachClaim(t.db, annotator, orphan.id, body)).toMatchObject({ ok: false, status: 403 });
    expect(await reattachClaim(t.db, reviewer, orphan.id, { ...body, exact: "stale words" })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await reattachClaim(t.db, reviewer, orphan.id, body)).toMatchObject({ ok: true });
    const after = (await getReaderDocument(t.db, slug))!.claims.find((c) => c.id === orphan.id);
    // Marked for a re-check like a reworded claim: its verdict was reached on other words.
    expect(after).toMatchObject({ anchorState: "fuzzy", start, anchored: true });
    expect(await t.db.event.count({ where: { action: "claim.reattach", claimId: orphan.id } })).toBe(1);
    // The comparison names who re-attached it, rather than calling it found.
    const compared = await compareRevisions(t.db, slug, 1, 2);
    expect(compared!.touched.find((c) => c.id === orphan.id)).toMatchObject({
      reattachedBy: "Rui Reviewer",
      after: phrase,
    });
  });

  it("reads a document's language from its text, and takes the one its details set instead", async () => {
    const slug = "budget-claims-in-the-2026-speech";
    expect((await getReaderDocument(t.db, slug))!.languages.document).toBe("en");
    const details = await getDocumentDetails(t.db, slug);
    const base = { title: details!.title };
    expect(await updateDocumentMetadata(t.db, reviewer, slug, { ...base, language: "xx" })).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { language: expect.stringContaining("listed languages") },
    });
    expect(await updateDocumentMetadata(t.db, reviewer, slug, { ...base, language: "ar" })).toMatchObject({
      ok: true,
      data: { language: "ar" },
    });
    const read = (await getReaderDocument(t.db, slug))!.languages;
    expect(read.document).toBe("ar");
    // What reading the text found stays known, to be named beside "Read from the text".
    expect(await detectedDocumentLanguage(t.db, slug)).toBe("en");
    expect(await detectedDocumentLanguage(t.db, "no-such-document")).toBeNull();
    // Each paragraph keeps what it reads as: this one is English.
    expect(read.blocks).toContain("en");
    expect(await updateDocumentMetadata(t.db, reviewer, slug, { ...base, language: "" })).toMatchObject({ ok: true });
    expect((await getReaderDocument(t.db, slug))!.languages.document).toBe("en");
  });

  it("edits metadata with checks, archives (admins only) without deleting, and searches the list", async () => {
    const slug = "budget-claims-in-the-2026-speech-2";
    const bad = await updateDocumentMetadata(t.db, reviewer, slug, {
      title: "",
      publishedOn: "2026-02-30",
      originalUrl: "javascript:alert(1)",
    });
    expect(bad).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { title: expect.any(String), publishedOn: expect.any(String), originalUrl: expect.any(String) },
    });
    const good = await updateDocumentMetadata(t.db, reviewer, slug, {
      title: "Budget speech, second copy",
      author: "Minister Ortega",
      publisher: "Ministry of Finance",
      publishedOn: "2026-03-02",
      originalUrl: "https://example.org/speech",
    });
    expect(good).toMatchObject({ ok: true, data: { author: "Minister Ortega", slug } });
    expect(
      (await listDocuments(t.db, { workspaceIds: [DEFAULT_WORKSPACE_ID], search: "ORTEGA" })).documents.map(
        (d) => d.slug,
      ),
    ).toEqual([slug]);

    expect(await setDocumentArchived(t.db, reviewer, slug, { archived: true })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(await setDocumentArchived(t.db, admin, slug, { archived: true })).toMatchObject({
      ok: true,
      data: { archived: true },
    });
    expect(
      (await listDocuments(t.db, { workspaceIds: [DEFAULT_WORKSPACE_ID] })).documents.map((d) => d.slug),
    ).not.toContain(slug);
    expect(await getReaderDocument(t.db, slug)).not.toBeNull();
    expect(await setDocumentArchived(t.db, admin, slug, { archived: false })).toMatchObject({
      ok: true,
      data: { archived: false },
    });
    // Newest first.
    expect((await listDocuments(t.db, { workspaceIds: [DEFAULT_WORKSPACE_ID] })).documents[0]!.slug).toBe("new-2");
  });
});
