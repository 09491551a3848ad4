import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import { parseQueueFilters } from "../../review-queue-filters";
import type { Actor } from "../actor";
import { getClaimDetail } from "../claims/claim-detail";
import { flagClaim } from "../claims/claims";
import { listInbox } from "../notes/inbox";
import { addNote } from "../notes/notes";
import { addReply } from "../notes/replies";
import { assignClaims, CHANGED_SINCE_OPENED, publishVerdict, reopenClaim, setClaimsStatus } from "./review";
import { listQueue } from "./review-queue";
import { getReviewStats } from "./review-stats";
import { listAudit } from "../events/audit";
import { ESSAY_SLUG, makeActor, seededEssay } from "../test-fixtures";

const note = (verdict: string, sources = [{ url: "https://example.org/evidence" }]) => ({
  verdict,
  rationale: `I think ${verdict}.`,
  sources,
});

describe.each(databaseKinds())("review workflow on %s", (kind) => {
  let t: TestDatabase;
  let annotator: Actor;
  let annotator2: Actor;
  let reviewer: Actor;
  let reviewer2: Actor;
  let admin: Actor;
  let offsets: Awaited<ReturnType<typeof seededEssay>>["offsetsOf"];

  async function claimWithNotes(phrase: string, notes: [Actor, string][]) {
    const claim = await flagClaim(t.db, annotator, ESSAY_SLUG, offsets(phrase));
    if (!claim.ok) throw new Error(claim.message);
    for (const [author, verdict] of notes) {
      const r = await addNote(t.db, author, claim.data.id, note(verdict));
      if (!r.ok) throw new Error(r.message);
    }
    const detail = await getClaimDetail(t.db, claim.data.id, null);
    return { id: claim.data.id, version: detail!.version };
  }

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    admin = await makeActor(t.db, "Ada", "ADMIN");
    annotator = await makeActor(t.db, "Ann");
    annotator2 = await makeActor(t.db, "Andy");
    reviewer = await makeActor(t.db, "Rita", "REVIEWER");
    reviewer2 = await makeActor(t.db, "Rob", "REVIEWER");
    offsets = (await seededEssay(t.db)).offsetsOf;
  });
  afterAll(async () => t.drop());

  it("refuses every review action to signed-out callers (401) and annotators (403)", async () => {
    const c = await claimWithNotes("Nvidia has long dominated the AI computing market", [[annotator, "TRUE"]]);
    for (const who of [null, annotator] as const) {
      const status = who ? 403 : 401;
      expect(
        await publishVerdict(t.db, who, c.id, { verdict: "TRUE", summary: "x", version: c.version }),
      ).toMatchObject({ ok: false, status });
      expect(await reopenClaim(t.db, who, c.id, { reason: "x", version: c.version })).toMatchObject({
        ok: false,
        status,
      });
      expect(await assignClaims(t.db, who, { claimIds: [c.id], assigneeId: reviewer.id })).toMatchObject({
        ok: false,
        status,
      });
      expect(await setClaimsStatus(t.db, who, { claimIds: [c.id], status: "FLAGGED" })).toMatchObject({
        ok: false,
        status,
      });
      expect(await listQueue(t.db, who, parseQueueFilters(new URLSearchParams(), null))).toMatchObject({
        ok: false,
        status,
      });
      expect(await getReviewStats(t.db, who)).toMatchObject({ ok: false, status });
    }
    expect(await listAudit(t.db, reviewer, { page: 1 })).toMatchObject({ ok: false, status: 403 });
    expect((await getClaimDetail(t.db, c.id, null))?.status).toBe("IN_REVIEW");
  });

  it("needs a second pair of eyes: a sourced note by someone else who was there before the claim, or a reviewer; admins override only on the record", async () => {
    const own = await flagClaim(t.db, reviewer, ESSAY_SLUG, offsets("Apple has closed the entire stack of chips"));
    if (!own.ok) throw new Error(own.message);
    expect(
      await publishVerdict(t.db, reviewer, own.data.id, { verdict: "TRUE", summary: "ok", version: 0 }),
    ).toMatchObject({ ok: false, status: 403 });

    // No notes at all: nobody has backed it with evidence yet.
    const bare = await claimWithNotes("Google Gemini adopts a hybrid strategy", []);
    expect(
      await publishVerdict(t.db, reviewer2, bare.id, { verdict: "MIXED", summary: "ok", version: bare.version }),
    ).toMatchObject({ ok: false, status: 403, message: expect.stringContaining("cites a source") });

    // The reviewer's own note does not count, nor a note without a source.
    const onlyOwn = await claimWithNotes("the mid-level toolchains (optimization, deployment) are commercialized", [
      [reviewer, "MIXED"],
    ]);
    await addNote(t.db, annotator, onlyOwn.id, note("MIXED", []));
    const v1 = (await getClaimDetail(t.db, onlyOwn.id, null))!.version;
    expect(
      await publishVerdict(t.db, reviewer, onlyOwn.id, { verdict: "MIXED", summary: "ok", version: v1 }),
    ).toMatchObject({ ok: false, status: 403 });
    // Someone else who reviews may settle it: the reviewer's sourced note is independent evidence for them.
    expect(
      await publishVerdict(t.db, reviewer2, onlyOwn.id, { verdict: "MIXED", summary: "Partly open.", version: v1 }),
    ).toMatchObject({ ok: true });

    // A throw-away account made after the claim, one word and a link: not a second pair of eyes.
    const sock = await claimWithNotes("Japanese companies swept the world with a closed DRAM technology", []);
    const throwaway = await makeActor(t.db, "Sock");
    await addNote(t.db, throwaway, sock.id, {
      verdict: "TRUE",
      rationale: "yes",
      sources: [{ url: "https://example.org/x" }],
    });
    const v2 = (await getClaimDetail(t.db, sock.id, null))!.version;
    expect(
      await publishVerdict(t.db, reviewer, sock.id, { verdict: "TRUE", summary: "ok", version: v2 }),
    ).toMatchObject({ ok: false, status: 403, message: expect.stringContaining("older than the claim") });

    // An admin is told the rule too, and may override it only by saying so; the trail records it.
    const adminOwn = await flagClaim(
      t.db,
      admin,
      ESSAY_SLUG,
      offsets("The MIT agreement allows for commercial closed source"),
    );
    if (!adminOwn.ok) throw new Error(adminOwn.message);
    expect(
      await publishVerdict(t.db, admin, adminOwn.data.id, { verdict: "TRUE", summary: "MIT permits it.", version: 0 }),
    ).toMatchObject({ ok: false, status: 403, message: expect.stringContaining("override") });
    expect(
      await publishVerdict(t.db, admin, adminOwn.data.id, {
        verdict: "TRUE",
        summary: "MIT permits it.",
        version: 0,
        adminOverride: true,
      }),
    ).toMatchObject({ ok: true });
    const event = await t.db.event.findFirstOrThrow({ where: { claimId: adminOwn.data.id, action: "claim.verdict" } });
    expect(JSON.parse(event.after!)).toMatchObject({ adminOverrodeSecondReview: true, finalVerdict: "TRUE" });
    // Reopening follows the same rule: the reviewer who flagged a claim cannot reopen it alone.
    expect(await reopenClaim(t.db, admin, adminOwn.data.id, { reason: "Second look.", version: 1 })).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it("publishes, then reopens with a reason, keeping the earlier verdict in the history", async () => {
    const c = await claimWithNotes("In the Xunfei Xinghuo-4 architecture", [
      [annotator, "UNVERIFIABLE"],
      [annotator2, "MIXED"],
    ]);
    expect(
      await publishVerdict(t.db, reviewer, c.id, { verdict: "FALSE", summary: "", version: c.version }),
    ).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { summary: "Write the summary the report will show." },
    });
    const published = await publishVerdict(t.db, reviewer, c.id, {
      verdict: "UNVERIFIABLE",
      summary: "No public source.",
      version: c.version,
    });
    expect(published).toMatchObject({ ok: true });
    let detail = (await getClaimDetail(t.db, c.id, null))!;
    expect(detail).toMatchObject({ status: "REVIEWED", finalVerdict: "UNVERIFIABLE", reviewedByName: "Rita" });

    expect(await reopenClaim(t.db, reviewer2, c.id, { reason: " ", version: detail.version })).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(
      await reopenClaim(t.db, reviewer2, c.id, { reason: "A source turned up.", version: detail.version }),
    ).toMatchObject({ ok: true });
    detail = (await getClaimDetail(t.db, c.id, null))!;
    expect(detail).toMatchObject({ status: "IN_REVIEW", finalVerdict: null });
    expect(detail.verdicts).toEqual([
      expect.objectContaining({
        verdict: "UNVERIFIABLE",
        reviewerName: "Rita",
        reopenedByName: "Rob",
        reopenReason: "A source turned up.",
      }),
    ]);
    expect(detail.history.map((h) => h.action)).toEqual([
      "claim.flag",
      "note.create",
      "note.create",
      "claim.verdict",
      "claim.reopen",
    ]);
    expect(await reopenClaim(t.db, reviewer2, c.id, { reason: "again", version: detail.version })).toMatchObject({
      ok: false,
      status: 409,
    });
  });

  it("lets only one of two concurrent publishes win; the other is told the claim changed", async () => {
    const c = await claimWithNotes("OpenAI will close the source of ChatGPT code", [[annotator, "MISLEADING"]]);
    const results = await Promise.all([
      publishVerdict(t.db, reviewer, c.id, { verdict: "MISLEADING", summary: "Rita's view.", version: c.version }),
      publishVerdict(t.db, reviewer2, c.id, { verdict: "FALSE", summary: "Rob's view.", version: c.version }),
    ]);
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toEqual([{ ok: false, status: 409, message: CHANGED_SINCE_OPENED }]);
    const detail = (await getClaimDetail(t.db, c.id, null))!;
    expect(await t.db.claimVerdict.count({ where: { claimId: c.id } })).toBe(1);
    expect(detail.finalSummary === "Rita's view." || detail.finalSummary === "Rob's view.").toBe(true);
    // A stale version is refused even when nobody else is writing at that moment.
    expect(
      await publishVerdict(t.db, reviewer, c.id, { verdict: "TRUE", summary: "late", version: c.version }),
    ).toMatchObject({ ok: false, status: 409 });
  });

  it("rolls a bulk status change back whole when one claim refuses it", async () => {
    const a = await claimWithNotes("Meta's open-source LLaMA series models", [[annotator, "TRUE"]]);
    const b = await claimWithNotes("African medical AI startups", []);
    const reviewed = await claimWithNotes("Emerging companies such as Anthropic and xAI", [[annotator, "TRUE"]]);
    await publishVerdict(t.db, reviewer, reviewed.id, { verdict: "TRUE", summary: "Yes.", version: reviewed.version });

    const refused = await setClaimsStatus(t.db, reviewer, { claimIds: [a.id, b.id, reviewed.id], status: "FLAGGED" });
    expect(refused).toMatchObject({
      ok: false,
      status: 409,
      message: expect.stringContaining("No claim was changed"),
      // The queue offers to skip exactly these.
      details: { cannotChange: [reviewed.id] },
    });
    expect((await getClaimDetail(t.db, a.id, null))?.status).toBe("IN_REVIEW");
    expect(await t.db.event.count({ where: { action: "claim.status" } })).toBe(0);

    expect(await setClaimsStatus(t.db, reviewer, { claimIds: [a.id, b.id], status: "IN_REVIEW" })).toEqual({
      ok: true,
      data: { changed: 1 },
    });
    // The audit log says which claim changed, by its words, and what the change was.
    const audit = await listAudit(t.db, admin, { action: "claim.status", page: 1 });
    if (!audit.ok) throw new Error(audit.message);
    expect(audit.data.rows[0]).toMatchObject({
      subject: "“African medical AI startups”",
      detail: "from Flagged to In review",
    });
  });

  it("assigns claims to reviewers only, all or none, and the queue finds them under Me", async () => {
    const a = await claimWithNotes("Li Feifei at Stanford University", [[annotator, "UNVERIFIABLE"]]);
    expect(await assignClaims(t.db, reviewer, { claimIds: [a.id], assigneeId: annotator.id })).toMatchObject({
      ok: false,
      status: 400,
    });
    expect(
      await assignClaims(t.db, reviewer, { claimIds: [a.id, "no-such-claim"], assigneeId: reviewer.id }),
    ).toMatchObject({ ok: false, status: 404 });
    expect((await getClaimDetail(t.db, a.id, null))?.assigneeId).toBeNull();
    expect(await assignClaims(t.db, reviewer, { claimIds: [a.id], assigneeId: reviewer.id })).toEqual({
      ok: true,
      data: { changed: 1 },
    });

    const mine = await listQueue(t.db, reviewer, parseQueueFilters(new URLSearchParams("assignee=me"), null));
    expect(mine.ok && mine.data.rows.map((r) => r.id)).toEqual([a.id]);
    const search = await listQueue(
      t.db,
      reviewer,
      parseQueueFilters(new URLSearchParams("q=stanford&assignee=any"), null),
    );
    expect(search.ok && search.data.rows.map((r) => r.id)).toEqual([a.id]);
    // The search covers the notes too, case-insensitively, on both databases.
    const inNotes = await listQueue(
      t.db,
      reviewer,
      parseQueueFilters(new URLSearchParams("q=I THINK UNVERIFIABLE&assignee=any"), null),
    );
    expect(inNotes.ok && inNotes.data.rows.map((r) => r.id)).toContain(a.id);
    const byStatus = await listQueue(
      t.db,
      reviewer,
      parseQueueFilters(new URLSearchParams("status=REVIEWED&assignee=any"), null),
    );
    expect(byStatus.ok && byStatus.data.rows.every((r) => r.status === "REVIEWED")).toBe(true);
  });

  it("sorts by disagreement: claims whose notes propose different verdicts come first", async () => {
    const split = await claimWithNotes("The 2023 EU Artificial Intelligence Act", [
      [annotator, "FALSE"],
      [annotator2, "TRUE"],
    ]);
    const queue = await listQueue(
      t.db,
      reviewer,
      parseQueueFilters(new URLSearchParams("sort=disagreement&assignee=any"), null),
    );
    expect(queue.ok && queue.data.rows[0]!.id).toBe(split.id);
    expect(queue.ok && queue.data.rows[0]!.proposals).toEqual([
      { verdict: "TRUE", count: 1 },
      { verdict: "FALSE", count: 1 },
    ]);
  });

  it("computes agreement statistics and lists @mentions in the inbox", async () => {
    const stats = await getReviewStats(t.db, reviewer);
    if (!stats.ok) throw new Error(stats.message);
    expect(stats.data.overall.total).toBeGreaterThan(5);
    expect(stats.data.overall.agreement.claims).toBeGreaterThanOrEqual(1);

    const c = await claimWithNotes("Open source frameworks represented by TensorFlow and PyTorch", []);
    expect(await addReply(t.db, reviewer, c.id, { body: "@Ann can you find a better source?" })).toMatchObject({
      ok: true,
    });
    const inbox = await listInbox(t.db, annotator);
    expect(inbox.ok && inbox.data.map((i) => [i.authorName, i.kind, i.claimId])).toEqual([["Rita", "reply", c.id]]);
    expect(await addReply(t.db, null, c.id, { body: "anonymous" })).toMatchObject({ ok: false, status: 401 });
  });
});
