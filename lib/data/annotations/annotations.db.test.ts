import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import type { Actor } from "../actor";
import { annotationState, createAnnotation, deleteAnnotation } from "./annotations";
import { addNote } from "../notes/notes";
import { makeActor, seededEssay, ESSAY_SLUG } from "../test-fixtures";
import { getReport } from "../review/report";
import { claimAnnotation } from "../../w3c/render-w3c";
import { flaggedAnnotation } from "../../w3c/flagged-annotation";
import { DEFAULT_RATING_SCALE } from "../../publishing/desk-settings";

const annotation = (exact: string, body: unknown[] = []) => ({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  type: "Annotation",
  motivation: body.length ? "assessing" : "highlighting",
  target: { selector: { type: "TextQuoteSelector", exact } },
  body,
});

describe.each(databaseKinds())("W3C annotations written on %s", (kind) => {
  let t: TestDatabase;
  let ana: Actor;
  let ben: Actor;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    await seededEssay(t.db);
    ana = await makeActor(t.db, "Ana Annotator");
    ben = await makeActor(t.db, "Ben Annotator");
  });
  afterAll(async () => t.drop());

  it("answers a bare highlight with what it wrote, the same annotation a read gives back", async () => {
    const made = await createAnnotation(
      t.db,
      ana,
      ESSAY_SLUG,
      annotation('adds a "contagious open source" clause'),
      "written-1",
    );
    if (!made.ok) throw new Error(made.message);
    expect(made.data.written).not.toBeNull();
    const baseUrl = "https://claimmark.example";
    const context = { baseUrl, publisher: { name: "Desk", url: baseUrl, ratingScale: DEFAULT_RATING_SCALE } };
    const options = { reviewedOnly: false, includeNotes: true, verdicts: [] };
    const report = await getReport(t.db, ESSAY_SLUG, options, context, { claimId: made.data.id });
    const readBack = claimAnnotation(report!, report!.claims[0]!);
    expect(flaggedAnnotation(baseUrl, ESSAY_SLUG, made.data.id, ana.name, made.data.written!)).toEqual(readBack);
    // A retry under the same key is answered from the row the first attempt wrote.
    const again = await createAnnotation(
      t.db,
      ana,
      ESSAY_SLUG,
      annotation('adds a "contagious open source" clause'),
      "written-1",
    );
    expect(again).toMatchObject({ ok: true, data: { id: made.data.id, written: null } });
  });

  it("turns an assessing annotation into a claim with the caller's note, anchored by its quote", async () => {
    const made = await createAnnotation(
      t.db,
      ana,
      ESSAY_SLUG,
      annotation("NIST in the United States", [
        { type: "TextualBody", purpose: "assessing", value: "Mostly true" },
        { type: "TextualBody", purpose: "commenting", value: "Guidance, not a rule." },
        { type: "SpecificResource", purpose: "linking", source: "https://www.nist.gov/" },
      ]),
    );
    expect(made).toMatchObject({ ok: true, status: 201 });
    const claim = await t.db.claim.findUniqueOrThrow({
      where: { id: made.ok ? made.data.id : "" },
      include: { notes: { include: { sources: true } } },
    });
    expect(claim).toMatchObject({ exact: "NIST in the United States", authorId: ana.id, noteCount: 1 });
    expect(claim.notes[0]).toMatchObject({
      verdict: "MOSTLY_TRUE",
      rationale: "Guidance, not a rule.",
      sources: [{ url: "https://www.nist.gov/" }],
    });
  });

  it("stores nothing when the note is invalid or the target does not anchor", async () => {
    const before = await t.db.claim.count();
    const badSource = await createAnnotation(
      t.db,
      ana,
      ESSAY_SLUG,
      annotation("Apple has closed the entire stack", [
        { type: "TextualBody", purpose: "assessing", value: "False" },
        { type: "TextualBody", purpose: "commenting", value: "Why." },
        { type: "SpecificResource", purpose: "linking", source: "javascript:alert(1)" },
      ]),
    );
    expect(badSource).toMatchObject({ ok: false, status: 400 });
    expect(await createAnnotation(t.db, ana, ESSAY_SLUG, annotation("not in the essay anywhere at all"))).toMatchObject(
      { ok: false, status: 422 },
    );
    expect(await t.db.claim.count()).toBe(before);
  });

  it("deletes its author's annotation with their notes, but never others' verification work", async () => {
    const mine = await createAnnotation(
      t.db,
      ana,
      ESSAY_SLUG,
      annotation("TensorFlow and PyTorch", [
        { type: "TextualBody", purpose: "assessing", value: "True" },
        { type: "TextualBody", purpose: "commenting", value: "Both are open." },
      ]),
    );
    const id = mine.ok ? mine.data.id : "";
    expect(await deleteAnnotation(t.db, ben, id)).toMatchObject({ ok: false, status: 403 });
    expect(await deleteAnnotation(t.db, ana, id)).toMatchObject({ ok: true, status: 204 });
    expect(await annotationState(t.db, id)).toMatchObject({ state: "gone" });
    expect(await t.db.note.count({ where: { claimId: id, deletedAt: null } })).toBe(0);

    const shared = await createAnnotation(t.db, ana, ESSAY_SLUG, annotation("Li Feifei at Stanford University"));
    const sharedId = shared.ok ? shared.data.id : "";
    await addNote(t.db, ben, sharedId, { verdict: "TRUE", rationale: "Checked.", sources: [] });
    expect(await deleteAnnotation(t.db, ana, sharedId)).toMatchObject({ ok: false, status: 409 });
    expect(await annotationState(t.db, sharedId)).toMatchObject({ state: "live" });
  });
});
