import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import type { Actor } from "../actor";
import { flagClaim } from "../claims/claims";
import { addNote } from "../notes/notes";
import { publishVerdict, reopenClaim } from "../review/review";
import { ESSAY_SLUG, makeActor, seededEssay } from "../test-fixtures";
import { getFactCheckDraft } from "./fact-check-draft";
import { publishFactCheck, unpublishFactCheck, updateFactCheck } from "./fact-check-publishing";
import { findPublicFactCheck, listPublicFactChecks, recentlyChangedFactChecks } from "./public-fact-checks";
import { NEEDS_SOURCE, NEEDS_VERDICT } from "./publishable-claim";

const SECRET_RATIONALE = "internal-only reasoning 7f3a: call the press office first";
const SOURCE = { url: "https://example.org/cuda-market-share", title: "Market share report" };

describe.each(databaseKinds())("publishing fact-checks on %s", (kind) => {
  let t: TestDatabase;
  let checker: Actor;
  let editor: Actor;
  let editor2: Actor;
  let admin: Actor;
  let offsets: Awaited<ReturnType<typeof seededEssay>>["offsetsOf"];

  /** A claim with a checker's note (with a source) and, unless asked not to, an editor's published verdict. */
  async function reviewedClaim(phrase: string, options: { verdict?: boolean } = {}) {
    const claim = await flagClaim(t.db, checker, ESSAY_SLUG, offsets(phrase));
    if (!claim.ok) throw new Error(claim.message);
    const noted = await addNote(t.db, checker, claim.data.id, {
      verdict: "MOSTLY_TRUE",
      rationale: SECRET_RATIONALE,
      sources: [SOURCE],
    });
    if (!noted.ok) throw new Error(noted.message);
    if (options.verdict !== false) {
      const version = (await t.db.claim.findUniqueOrThrow({ where: { id: claim.data.id } })).version;
      const published = await publishVerdict(t.db, editor, claim.data.id, {
        verdict: "MOSTLY_TRUE",
        summary: "Nvidia leads the market, by most measures.",
        version,
      });
      if (!published.ok) throw new Error(published.message);
    }
    return claim.data.id;
  }

  const form = (overrides: Record<string, unknown> = {}) => ({
    headline: "Does Nvidia dominate AI computing?",
    summary: "Mostly true: Nvidia leads the market for AI accelerators.",
    claimAuthor: "The essay's author",
    claimPublisher: "Claimmark sample",
    claimDate: "2025-03-01",
    claimUrl: "https://example.org/essay",
    sources: [SOURCE.url],
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    admin = await makeActor(t.db, "Ada", "ADMIN");
    checker = await makeActor(t.db, "Cal");
    editor = await makeActor(t.db, "Eve", "REVIEWER");
    editor2 = await makeActor(t.db, "Ed", "REVIEWER");
    offsets = (await seededEssay(t.db)).offsetsOf;
  });
  afterAll(async () => t.drop());

  it("lets only the claim's Editors publish, and only a claim with a final verdict and a source", async () => {
    const id = await reviewedClaim("Nvidia has long dominated the AI computing market", { verdict: false });
    expect(await publishFactCheck(t.db, null, id, form())).toMatchObject({ ok: false, status: 401 });
    expect(await publishFactCheck(t.db, checker, id, form())).toMatchObject({ ok: false, status: 403 });
    expect(await publishFactCheck(t.db, editor, id, form())).toMatchObject({
      ok: false,
      status: 409,
      message: NEEDS_VERDICT,
    });
    expect((await getFactCheckDraft(t.db, editor, id)).ok && (await getFactCheckDraft(t.db, editor, id))).toMatchObject(
      { data: { state: "none", blocker: NEEDS_VERDICT } },
    );
    // An admin may publish a verdict without evidence; the public page still needs a source.
    const bare = await flagClaim(t.db, checker, ESSAY_SLUG, offsets("establish profit models through API fees"));
    if (!bare.ok) throw new Error(bare.message);
    const settled = await publishVerdict(t.db, admin, bare.data.id, {
      verdict: "TRUE",
      summary: "Yes.",
      version: 0,
      adminOverride: true,
    });
    expect(settled.ok).toBe(true);
    expect(await publishFactCheck(t.db, admin, bare.data.id, form())).toMatchObject({
      ok: false,
      status: 409,
      message: NEEDS_SOURCE,
    });
  });

  it("answers field errors for an empty or too long headline or summary, and for sources not the claim's", async () => {
    const id = await reviewedClaim("carries practical business considerations");
    const empty = await publishFactCheck(t.db, editor, id, form({ headline: "  ", summary: "" }));
    expect(empty).toMatchObject({ ok: false, status: 400 });
    expect(!empty.ok && empty.fieldErrors).toMatchObject({
      headline: "Give the fact-check a headline.",
      summary: "Write the summary the public page will show.",
    });
    const long = await publishFactCheck(t.db, editor, id, form({ headline: "x".repeat(201) }));
    expect(!long.ok && long.fieldErrors?.headline).toBe("The headline can be at most 200 characters.");
    const foreign = await publishFactCheck(t.db, editor, id, form({ sources: ["https://evil.example/not-cited"] }));
    expect(foreign).toMatchObject({ ok: false, status: 422, fieldErrors: { sources: expect.any(String) } });
    expect(await t.db.publishedFactCheck.count({ where: { claimId: id } })).toBe(0);
  });

  it("publishes a public copy with nothing internal, updates it with a dated correction, unpublishes and restores the address", async () => {
    const id = await reviewedClaim("Emerging companies such as Anthropic and xAI use proprietary models");
    const published = await publishFactCheck(
      t.db,
      editor,
      id,
      form({ headline: "Do Anthropic and xAI keep models closed?" }),
    );
    expect(published).toMatchObject({
      ok: true,
      status: 201,
      data: { slug: "do-anthropic-and-xai-keep-models-closed" },
    });
    const slug = published.ok ? published.data.slug : "";
    expect(await publishFactCheck(t.db, editor, id, form())).toMatchObject({ ok: false, status: 409 });

    const shown = await findPublicFactCheck(t.db, slug);
    expect(shown).toMatchObject({
      kind: "published",
      fact: {
        verdict: "MOSTLY_TRUE",
        quote: "Emerging companies such as Anthropic and xAI use proprietary models",
        sources: [SOURCE],
        claimDate: "2025-03-01",
        corrections: [],
      },
    });
    const text = JSON.stringify(shown);
    expect(text).not.toContain(SECRET_RATIONALE);
    expect(text).not.toContain(checker.email);
    const first = shown.kind === "published" ? shown.fact.firstPublishedAt : "";

    const noNote = await updateFactCheck(t.db, editor2, id, form());
    expect(!noNote.ok && noNote.fieldErrors?.correction).toBe("Say in one line what this update changes.");
    const updated = await updateFactCheck(
      t.db,
      editor2,
      id,
      form({ summary: "Mostly true, with a newer source.", correction: "Added the 2025 market figures." }),
    );
    expect(updated).toMatchObject({ ok: true, data: { slug } });
    const after = await findPublicFactCheck(t.db, slug);
    expect(after).toMatchObject({
      kind: "published",
      fact: {
        summary: "Mostly true, with a newer source.",
        firstPublishedAt: first,
        corrections: [{ note: "Added the 2025 market figures." }],
      },
    });
    expect(after.kind === "published" && after.fact.modifiedAt > first).toBe(true);

    expect(await unpublishFactCheck(t.db, editor, id, { reason: "" })).toMatchObject({ ok: false, status: 400 });
    expect(await unpublishFactCheck(t.db, editor, id, { reason: "The source was retracted." })).toMatchObject({
      ok: true,
    });
    expect(await findPublicFactCheck(t.db, slug)).toMatchObject({
      kind: "gone",
      gone: { reason: "The source was retracted." },
    });
    expect((await listPublicFactChecks(t.db, {})).items.map((f) => f.slug)).not.toContain(slug);

    const again = await publishFactCheck(t.db, editor, id, form({ headline: "A new headline, same address" }));
    expect(again).toMatchObject({ ok: true, status: 200, data: { slug } });
    expect(await findPublicFactCheck(t.db, slug)).toMatchObject({
      kind: "published",
      fact: { firstPublishedAt: first },
    });
  });

  it("says a reopened claim is under review again until it is updated with the new verdict", async () => {
    const id = await reviewedClaim("remain open, the mid-level toolchains");
    const published = await publishFactCheck(t.db, editor, id, form({ headline: "Toolchains commercialised?" }));
    const slug = published.ok ? published.data.slug : "";
    let version = (await t.db.claim.findUniqueOrThrow({ where: { id } })).version;
    expect(await reopenClaim(t.db, editor2, id, { reason: "New figures came out.", version })).toMatchObject({
      ok: true,
    });
    const reopened = await findPublicFactCheck(t.db, slug);
    expect(reopened.kind === "published" && reopened.fact.underReviewSince).toEqual(expect.any(String));
    // Still the old verdict on the page; updating needs the new one first.
    expect(await updateFactCheck(t.db, editor, id, form({ correction: "x" }))).toMatchObject({
      ok: false,
      status: 409,
      message: NEEDS_VERDICT,
    });
    version = (await t.db.claim.findUniqueOrThrow({ where: { id } })).version;
    const verdict = await publishVerdict(t.db, editor, id, { verdict: "MIXED", summary: "It depends.", version });
    expect(verdict.ok).toBe(true);
    const corrected = await updateFactCheck(
      t.db,
      editor,
      id,
      form({ headline: "Toolchains commercialised?", correction: "Verdict changed to Mixed after new figures." }),
    );
    expect(corrected.ok).toBe(true);
    expect(await findPublicFactCheck(t.db, slug)).toMatchObject({
      kind: "published",
      fact: { verdict: "MIXED", underReviewSince: null },
    });
  });

  it("lists public fact-checks newest first, by words and by verdict, and feeds the most recently changed", async () => {
    const all = await listPublicFactChecks(t.db, {});
    expect(all.total).toBeGreaterThanOrEqual(2);
    const stamps = all.items.map((f) => f.firstPublishedAt);
    expect([...stamps].sort().reverse()).toEqual(stamps);
    expect((await listPublicFactChecks(t.db, { q: "TOOLCHAINS" })).items.map((f) => f.headline)).toEqual([
      "Toolchains commercialised?",
    ]);
    expect((await listPublicFactChecks(t.db, { verdict: "MIXED" })).items.every((f) => f.verdict === "MIXED")).toBe(
      true,
    );
    expect((await listPublicFactChecks(t.db, { q: "no such words anywhere" })).total).toBe(0);
    const feed = await recentlyChangedFactChecks(t.db);
    expect(feed[0]!.headline).toBe("Toolchains commercialised?");
    expect(await findPublicFactCheck(t.db, "never-published")).toEqual({ kind: "missing" });
  });

  it("finds a published fact-check by its public headline among the desk's earlier fact-checks", async () => {
    const rows = await t.db.matchEntry.findMany({
      where: { key: { startsWith: "claim:" } },
      select: { key: true, headlineLength: true },
    });
    const toolchains = await t.db.publishedFactCheck.findFirstOrThrow({
      where: { headline: "Toolchains commercialised?" },
    });
    expect(rows.find((r) => r.key === `claim:${toolchains.claimId}`)?.headlineLength).toBeGreaterThan(0);
  });
});
