import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import type { Actor } from "../actor";
import { getClaimDetail } from "../claims/claim-detail";
import { flagClaim } from "../claims/claims";
import { getReaderDocument } from "../documents/documents";
import { addNote } from "../notes/notes";
import { getReport } from "../review/report";
import { publishVerdict } from "../review/review";
import { ESSAY_SLUG, makeActor, seededEssay } from "../test-fixtures";

const SOURCE = "https://example.org/nvidia-market-share";
const context = { baseUrl: "https://claimmark.example", publisher: { name: "Desk", url: "https://claimmark.example" } };

describe.each(databaseKinds())("a published claim whose source changed since its verdict, on %s", (kind) => {
  let t: TestDatabase;
  let annotator: Actor;
  let reviewer: Actor;
  let claimId: string;
  let reviewedAt: Date;

  const sourceChangedInReader = async () =>
    (await getReaderDocument(t.db, ESSAY_SLUG))!.claims.find((c) => c.id === claimId)!.sourceChanged;
  const sourceChangedInReport = async () =>
    (await getReport(t.db, ESSAY_SLUG, { reviewedOnly: true, includeNotes: false, verdicts: [] }, context))!.claims[0]!
      .sourceChanged;
  const recheck = (recheckState: string, recheckedAt: Date) =>
    t.db.sourceCapture.updateMany({
      where: { url: SOURCE },
      data: { status: "CAPTURED", capturedAt: new Date(reviewedAt.getTime() - 60_000), recheckState, recheckedAt },
    });

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    annotator = await makeActor(t.db, "Ann");
    reviewer = await makeActor(t.db, "Rita", "REVIEWER");
    const offsets = (await seededEssay(t.db)).offsetsOf;
    const claim = await flagClaim(
      t.db,
      annotator,
      ESSAY_SLUG,
      offsets("Nvidia has long dominated the AI computing market"),
    );
    if (!claim.ok) throw new Error(claim.message);
    claimId = claim.data.id;
    const note = await addNote(t.db, annotator, claimId, {
      verdict: "TRUE",
      rationale: "Market share reports agree.",
      sources: [{ url: SOURCE }],
    });
    if (!note.ok) throw new Error(note.message);
    const detail = await getClaimDetail(t.db, claimId, null);
    const published = await publishVerdict(t.db, reviewer, claimId, {
      verdict: "TRUE",
      summary: "It has.",
      version: detail!.version,
    });
    if (!published.ok) throw new Error(published.message);
    reviewedAt = (await t.db.claim.findUniqueOrThrow({ where: { id: claimId } })).reviewedAt!;
  });
  afterAll(async () => t.drop());

  it("says nothing while the cited page is as it was, or changed before the verdict", async () => {
    expect(await t.db.sourceCapture.count({ where: { url: SOURCE } })).toBe(1);
    expect(await sourceChangedInReader()).toBe(false);
    await recheck("UNCHANGED", new Date(reviewedAt.getTime() + 60_000));
    expect(await sourceChangedInReader()).toBe(false);
    await recheck("CHANGED", new Date(reviewedAt.getTime() - 30_000));
    expect(await sourceChangedInReader()).toBe(false);
    expect(await sourceChangedInReport()).toBe(false);
  });

  it("says so in the reader's list and in the report once the page changed or went away after the verdict", async () => {
    await recheck("CHANGED", new Date(reviewedAt.getTime() + 60_000));
    expect(await sourceChangedInReader()).toBe(true);
    expect(await sourceChangedInReport()).toBe(true);
    await recheck("GONE", new Date(reviewedAt.getTime() + 120_000));
    expect(await sourceChangedInReader()).toBe(true);
  });
});
