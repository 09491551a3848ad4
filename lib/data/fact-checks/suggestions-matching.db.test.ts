import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db/client";
import { databaseTargetFrom } from "../../db/database-url";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import { importSource } from "../../import/import-source";
import type { Actor } from "../actor";
import { getClaimDetail } from "../claims/claim-detail";
import { linkClaim, listClaimLinks, unlinkClaim } from "../claims/claim-links";
import { flagClaim } from "../claims/claims";
import { importDocument, importRevision } from "../documents/document-import";
import { importFactChecks } from "./fact-checks";
import { addNote } from "../notes/notes";
import { getReaderPreferences, saveReaderPreferences } from "../accounts/reader-preferences";
import { getReport } from "../review/report";
import { publishVerdict } from "../review/review";
import { dismissSuggestion, restoreSuggestion } from "../suggestions/dismissals";
import { listSuggestions } from "../suggestions/sentence-scores";
import { findSimilarFactChecks } from "./similar-fact-checks";
import { ESSAY_SLUG, makeActor, seededEssay } from "../test-fixtures";
import { DEFAULT_WORKSPACE_ID } from "../../workspaces/visibility";

const paste = (text: string) => importSource({ kind: "paste", format: "text", text }, { allowPrivateHosts: false });
const ARTICLE = [
  "Budget watch",
  "The GPL-3.0 licence forces companies to publish the modified code of derivative models.",
  "I think the weather was lovely that day.",
  "Nvidia holds more than 80 percent of the market for AI training chips, according to analysts.",
].join("\n");

describe.each(databaseKinds())("suggestions, similar fact-checks and links on %s", (kind) => {
  let t: TestDatabase;
  let annotator: Actor;
  let annotator2: Actor;
  let reviewer: Actor;
  let admin: Actor;
  let offsets: Awaited<ReturnType<typeof seededEssay>>["offsetsOf"];
  let articleSlug: string;

  /** Flags a phrase of the essay, gets a sourced note from another annotator, and a reviewer publishes `verdict`. */
  async function reviewedEssayClaim(phrase: string, verdict: string) {
    const claim = await flagClaim(t.db, annotator, ESSAY_SLUG, offsets(phrase));
    if (!claim.ok) throw new Error(claim.message);
    const note = await addNote(t.db, annotator2, claim.data.id, {
      verdict,
      rationale: "Checked against the licence text.",
      sources: [{ url: "https://www.gnu.org/licenses/gpl-3.0.html" }],
    });
    if (!note.ok) throw new Error(note.message);
    const { version } = (await getClaimDetail(t.db, claim.data.id, null))!;
    const published = await publishVerdict(t.db, reviewer, claim.data.id, {
      verdict,
      summary: "The GPL-3.0 text says so for conveyed modified works.",
      version,
    });
    if (!published.ok) throw new Error(published.message);
    return claim.data.id;
  }

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    annotator = await makeActor(t.db, "Ann");
    annotator2 = await makeActor(t.db, "Andy");
    reviewer = await makeActor(t.db, "Rita", "REVIEWER");
    admin = await makeActor(t.db, "Ada", "ADMIN");
    offsets = (await seededEssay(t.db)).offsetsOf;
    const imported = await importDocument(t.db, reviewer, await paste(ARTICLE), "Budget watch");
    if (!imported.ok) throw new Error(imported.message);
    articleSlug = imported.data.slug;
  });
  afterAll(async () => t.drop());

  it("scores the seeded essay once, stored, and suggests the GPL-3.0 and NIST sentences", async () => {
    const listed = await listSuggestions(t.db, ESSAY_SLUG);
    if (!listed.ok) throw new Error(listed.message);
    const texts = listed.data.suggestions.map((s) => s.text);
    expect(texts.some((x) => x.includes("GPL-3.0 protocol adds"))).toBe(true);
    expect(texts.some((x) => x.includes("NIST in the United States requires"))).toBe(true);
    expect(listed.data.suggestions.every((s, i, all) => i === 0 || all[i - 1]!.score >= s.score)).toBe(true);
    const gpl = listed.data.suggestions.find((s) => s.text.includes("GPL-3.0"))!;
    expect(gpl.reasons.length).toBeGreaterThan(0);
    expect(listed.data.modelVersion).toMatch(/^base-/);
    const essay = await t.db.document.findUniqueOrThrow({ where: { slug: ESSAY_SLUG } });
    expect(essay.plainText.slice(gpl.start, gpl.end)).toBe(gpl.text);
    // Every sentence is stored with its score, not only the suggested ones.
    expect(await t.db.sentenceScore.count({ where: { documentId: essay.id } })).toBeGreaterThan(
      listed.data.suggestions.length,
    );
  });

  it("an imported document is scored at import; a question or an opinion is not suggested", async () => {
    const listed = await listSuggestions(t.db, articleSlug);
    if (!listed.ok) throw new Error(listed.message);
    const texts = listed.data.suggestions.map((s) => s.text);
    expect(texts).toContain(
      "Nvidia holds more than 80 percent of the market for AI training chips, according to analysts.",
    );
    expect(texts).not.toContain("I think the weather was lovely that day.");
    expect(await listSuggestions(t.db, "no-such-document")).toMatchObject({ ok: false, status: 404 });
  });

  it("records a dismissal with who and when, hides it for everyone, and keeps it in the next revision", async () => {
    const before = await listSuggestions(t.db, articleSlug);
    if (!before.ok) throw new Error(before.message);
    const nvidia = before.data.suggestions.find((s) => s.text.startsWith("Nvidia"))!;
    expect(await dismissSuggestion(t.db, null, nvidia.id)).toMatchObject({ ok: false, status: 401 });
    expect(await dismissSuggestion(t.db, annotator, "missing")).toMatchObject({ ok: false, status: 404 });
    expect(await dismissSuggestion(t.db, annotator, nvidia.id)).toMatchObject({ ok: true });
    expect(await dismissSuggestion(t.db, annotator2, nvidia.id)).toMatchObject({ ok: true });
    const events = await t.db.event.findMany({ where: { action: "suggestion.dismiss", entityId: nvidia.id } });
    expect(events).toHaveLength(1);
    expect(events[0]!.actorId).toBe(annotator.id);
    const row = await t.db.sentenceScore.findUniqueOrThrow({ where: { id: nvidia.id } });
    expect(row.dismissedById).toBe(annotator.id);
    const after = await listSuggestions(t.db, articleSlug);
    expect(after.ok && after.data.suggestions.some((s) => s.text.startsWith("Nvidia"))).toBe(false);

    // "Undo" is the dismisser's or a reviewer's: another member may not bring it back.
    expect(await restoreSuggestion(t.db, annotator2, nvidia.id)).toMatchObject({ ok: false, status: 403 });
    expect(await restoreSuggestion(t.db, annotator, nvidia.id)).toMatchObject({ ok: true, data: { restored: true } });
    const back = await listSuggestions(t.db, articleSlug);
    expect(back.ok && back.data.suggestions.some((s) => s.id === nvidia.id)).toBe(true);
    expect(await t.db.event.count({ where: { action: "suggestion.restore", entityId: nvidia.id } })).toBe(1);
    expect(await dismissSuggestion(t.db, annotator, nvidia.id)).toMatchObject({ ok: true });

    const revised = await importRevision(
      t.db,
      reviewer,
      articleSlug,
      await paste(`${ARTICLE}\nThe EU fined Meta €1.2 billion in 2023.`),
    );
    if (!revised.ok) throw new Error(revised.message);
    const next = await listSuggestions(t.db, articleSlug);
    if (!next.ok) throw new Error(next.message);
    expect(next.data.revision).toBe(2);
    expect(next.data.suggestions.some((s) => s.text.startsWith("Nvidia"))).toBe(false);
    expect(next.data.suggestions.some((s) => s.text.startsWith("The EU fined Meta"))).toBe(true);
  });

  it("completes a revision's sentence rows cut off halfway (a crash after the document's commit)", async () => {
    const essay = await t.db.document.findUniqueOrThrow({ where: { slug: ESSAY_SLUG } });
    const revision = await t.db.documentRevision.findUniqueOrThrow({
      where: { documentId_number: { documentId: essay.id, number: 1 } },
    });
    const rows = await t.db.sentenceScore.findMany({
      where: { documentId: essay.id, revision: 1 },
      orderBy: { start: "asc" },
    });
    expect(rows).toHaveLength(revision.sentenceCount!);
    const lost = rows.slice(rows.length / 2).filter((row) => row.dismissedAt === null);
    await t.db.sentenceScore.deleteMany({ where: { id: { in: lost.map((row) => row.id) } } });
    const listed = await listSuggestions(t.db, ESSAY_SLUG);
    if (!listed.ok) throw new Error(listed.message);
    expect(await t.db.sentenceScore.count({ where: { documentId: essay.id, revision: 1 } })).toBe(
      revision.sentenceCount,
    );
    // The rows that survived keep their ids (and with them any dismissal).
    expect(await t.db.sentenceScore.count({ where: { id: { in: rows.slice(0, 5).map((row) => row.id) } } })).toBe(5);
  });

  it("leaves a sentence out of the suggestions once exactly it is flagged", async () => {
    const listed = await listSuggestions(t.db, ESSAY_SLUG);
    if (!listed.ok) throw new Error(listed.message);
    const first = listed.data.suggestions.find((s) => s.text.includes("Xunfei"))!;
    const claim = await flagClaim(t.db, annotator, ESSAY_SLUG, {
      start: first.start,
      end: first.end,
      exact: first.text,
    });
    expect(claim.ok).toBe(true);
    const again = await listSuggestions(t.db, ESSAY_SLUG);
    expect(again.ok && again.data.suggestions.some((s) => s.id === first.id)).toBe(false);
  });

  it("finds a claim reviewed in another document, through a second app instance on the same database, and links them", async () => {
    // A second client on the same database stands for a second app instance: its index is its own.
    const other = createDb(databaseTargetFrom({ DATABASE_URL: t.url }));
    try {
      // Load the second instance's index before the review, so finding it needs the sync.
      await findSimilarFactChecks(other, "anything at all", { workspaceIds: [DEFAULT_WORKSPACE_ID] });
      const reviewedId = await reviewedEssayClaim(
        'the GPL-3.0 protocol adds a "contagious open source" clause',
        "TRUE",
      );
      const article = await t.db.document.findUniqueOrThrow({ where: { slug: articleSlug } });
      const phrase = "The GPL-3.0 licence forces companies to publish the modified code of derivative models.";
      const start = article.plainText.indexOf(phrase);
      const flagged = await flagClaim(t.db, annotator, articleSlug, {
        start,
        end: start + phrase.length,
        exact: phrase,
      });
      if (!flagged.ok) throw new Error(flagged.message);

      const matches = await findSimilarFactChecks(other, phrase, {
        claimId: flagged.data.id,
        workspaceIds: [DEFAULT_WORKSPACE_ID],
      });
      expect(matches[0]).toMatchObject({
        source: "claimmark",
        id: reviewedId,
        verdict: "True",
        verdictCode: "TRUE",
        url: `/documents/${ESSAY_SLUG}#claim-${reviewedId}`,
      });
      expect(matches.map((m) => m.id)).not.toContain(flagged.data.id);

      expect(await linkClaim(t.db, null, flagged.data.id, { claimId: reviewedId })).toMatchObject({
        ok: false,
        status: 401,
      });
      expect(await linkClaim(t.db, annotator, flagged.data.id, { claimId: flagged.data.id })).toMatchObject({
        ok: false,
        status: 422,
      });
      expect(
        await linkClaim(t.db, annotator, flagged.data.id, { claimId: reviewedId, factCheckId: "x" }),
      ).toMatchObject({ ok: false, status: 400 });
      const linked = await linkClaim(t.db, annotator, flagged.data.id, { claimId: reviewedId });
      if (!linked.ok) throw new Error(linked.message);
      expect(await linkClaim(t.db, annotator2, flagged.data.id, { claimId: reviewedId })).toMatchObject({
        ok: false,
        status: 409,
      });
      const event = await t.db.event.findFirstOrThrow({ where: { action: "claim.link", claimId: flagged.data.id } });
      expect(event.actorId).toBe(annotator.id);

      // Linked claims show each other.
      expect((await listClaimLinks(t.db, flagged.data.id, null)).map((l) => l.targetId)).toEqual([reviewedId]);
      expect((await listClaimLinks(t.db, reviewedId, null)).map((l) => l.targetId)).toEqual([flagged.data.id]);
      // And the reports list them.
      const report = await getReport(
        t.db,
        ESSAY_SLUG,
        { reviewedOnly: false, includeNotes: false, verdicts: [] },
        { baseUrl: "https://claimmark.example", publisher: { name: "C", url: "https://claimmark.example" } },
      );
      const reviewedInReport = report!.claims.find((c) => c.id === reviewedId)!;
      expect(reviewedInReport.sameClaimAs).toEqual([
        expect.objectContaining({ text: phrase, context: "Budget watch" }),
      ]);

      expect(await unlinkClaim(t.db, annotator2, linked.data.id)).toMatchObject({ ok: false, status: 403 });
      expect(await unlinkClaim(t.db, reviewer, linked.data.id)).toMatchObject({ ok: true });
      expect(await listClaimLinks(t.db, flagged.data.id, null)).toEqual([]);
      expect(await t.db.event.count({ where: { action: "claim.unlink", claimId: flagged.data.id } })).toBe(1);
    } finally {
      await other.$disconnect();
    }
  });

  it("imports fact-checks for admins only, updates a known URL, and finds them", async () => {
    const item = {
      url: "https://factcheck.example/nvidia",
      claimReviewed: "Nvidia controls over 80% of the AI chip market.",
      rating: "Mostly true",
      reviewer: "Example Check",
      claimAuthor: null,
      reviewedOn: "2024-01-02",
      headline: "Does Nvidia sell most AI training chips?",
      appearance: null,
      inLanguage: "en",
    };
    expect(await importFactChecks(t.db, reviewer, [item], [], null)).toMatchObject({ ok: false, status: 403 });
    expect(
      await importFactChecks(t.db, admin, [item], [{ index: 1, reason: "url is missing" }], "feed.json"),
    ).toMatchObject({ ok: true, data: { created: 1, updated: 0, skipped: [{ index: 1 }] } });
    expect(await importFactChecks(t.db, admin, [{ ...item, rating: "True" }], [], "feed.json")).toMatchObject({
      ok: true,
      data: { created: 0, updated: 1 },
    });
    expect(await t.db.externalFactCheck.count({ where: { url: item.url } })).toBe(1);
    const matches = await findSimilarFactChecks(
      t.db,
      "Nvidia holds more than 80 percent of the market for AI training chips",
      { workspaceIds: [DEFAULT_WORKSPACE_ID] },
    );
    expect(matches[0]).toMatchObject({
      source: "imported",
      url: item.url,
      verdict: "True",
      verdictCode: "TRUE",
      publishedBy: "Example Check",
    });
    expect(await t.db.event.count({ where: { action: "factcheck.import", actorId: admin.id } })).toBe(2);
  });

  it("remembers each person's Suggestions toggle", async () => {
    expect(await getReaderPreferences(t.db, annotator)).toEqual({ showSuggestions: false, locale: null });
    expect(await saveReaderPreferences(t.db, annotator, { showSuggestions: "yes" })).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(await saveReaderPreferences(t.db, null, { showSuggestions: true })).toMatchObject({
      ok: false,
      status: 401,
    });
    expect(await saveReaderPreferences(t.db, annotator, { showSuggestions: true })).toMatchObject({ ok: true });
    expect(await getReaderPreferences(t.db, annotator)).toEqual({ showSuggestions: true, locale: null });
    expect(await getReaderPreferences(t.db, annotator2)).toEqual({ showSuggestions: false, locale: null });
  });

  it("remembers each person's interface language apart from the toggle, and refuses one it does not speak", async () => {
    expect(await saveReaderPreferences(t.db, annotator, { locale: "ar" })).toMatchObject({
      ok: true,
      data: { locale: "ar" },
    });
    // The toggle saved before is kept: a language change sends the language alone.
    expect(await getReaderPreferences(t.db, annotator)).toMatchObject({ locale: "ar" });
    const refused = await saveReaderPreferences(t.db, annotator, { locale: "fr" });
    expect(refused).toMatchObject({ ok: false, status: 400 });
    expect(JSON.stringify(refused)).toContain("en, es, ar");
    expect(await saveReaderPreferences(t.db, annotator, {})).toMatchObject({ ok: false, status: 400 });
    expect(await getReaderPreferences(t.db, annotator)).toMatchObject({ locale: "ar" });
    // null: back to the browser's languages.
    expect(await saveReaderPreferences(t.db, annotator, { locale: null })).toMatchObject({ ok: true });
    expect(await getReaderPreferences(t.db, annotator)).toMatchObject({ locale: null });
    expect(await getReaderPreferences(t.db, annotator2)).toMatchObject({ locale: null });
  });
});
