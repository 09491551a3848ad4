import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db/client";
import { databaseTargetFrom } from "../../db/database-url";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import { MemoryMatchStore } from "../../claim-matching/memory-match-store";
import { queryMatches, rankCandidates } from "../../claim-matching/rank-similar";
import type { FactCheckInput } from "../../claim-matching/claim-review-feed";
import type { Actor } from "../actor";
import { makeActor } from "../test-fixtures";
import { importFactChecks } from "./fact-checks";
import { ensureMatchIndex } from "./match-entries";
import { queryStatement, raw, sql } from "../../db/raw-statement";
import { addToMatchIndex, databaseMatchStore, postingsInStatement, refreshMatchStatistics } from "./match-index";

const corpus = [
  { key: "wage", text: "The minimum wage has not increased since 2009." },
  { key: "inflation", text: "Inflation in the United States peaked at 9.1 percent in June 2022." },
  { key: "inflation-uk", text: "Food prices rose by 19 percent in the United Kingdom in the year to March 2023." },
  {
    key: "iphone",
    text: "Apple sold more than 230 million iPhones in 2022.",
    headline: "Did Apple sell 230m iPhones?",
  },
  { key: "accessories", text: "Apple sold more than 230 million dollars of accessories in 2012." },
  { key: "gpl", text: "The GPL-3.0 licence requires anyone who distributes modified code to publish its source." },
  { key: "gpl-date", text: "The GPL-3.0 licence was published in 2007 by the Free Software Foundation." },
  { key: "es", text: "El gobierno prohibió los teléfonos móviles en las escuelas públicas.", language: "es" },
];
const queries = [
  "US inflation hit a 9.1% peak in June 2022.",
  "Over 230 million iPhones were shipped by Apple in 2022.",
  "If you distribute modified GPL-3.0 software, you have to release the source code.",
  "El gobierno prohíbe el teléfono móvil en la escuela pública",
  "Apple accessories 2012",
];

/** A fact-check as the ClaimReview reader hands it over. */
const factCheck = (url: string, claimReviewed: string): FactCheckInput => ({
  url,
  claimReviewed,
  rating: "False",
  reviewer: "Example Checks",
  claimAuthor: null,
  reviewedOn: null,
  headline: null,
  appearance: null,
  inLanguage: null,
});

describe.each(databaseKinds())("the similar-claims index in the database on %s", (kind) => {
  let t: TestDatabase;
  let admin: Actor;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    admin = await makeActor(t.db, "Index Admin", "ADMIN");
  });
  afterAll(async () => t.drop());

  /** The index's bookkeeping agrees with its postings: what the term counts and totals say is what is there. */
  async function expectConsistent() {
    const postings = await t.db.matchPosting.groupBy({ by: ["term"], _count: { _all: true } });
    const terms = await t.db.matchTerm.findMany();
    expect(new Map(terms.map((r) => [r.term, r.entries]))).toEqual(
      new Map(postings.map((r) => [r.term, r._count._all])),
    );
    const entries = await t.db.matchEntry.count();
    expect((await t.db.matchTotals.findUnique({ where: { id: 1 } }))?.entries ?? 0).toBe(entries);
  }

  it.runIf(kind === "sqlite")(
    "reads a candidate's postings by term and entry, never through every posting of a common term",
    async () => {
      const plan = await queryStatement<{ detail: string }>(
        t.db,
        sql`${raw("EXPLAIN QUERY PLAN ")}${postingsInStatement(["inflation", "apple"], [1, 2, 3])}`,
      );
      const reads = plan.map((row) => row.detail).filter((detail) => /SEARCH|SCAN/.test(detail));
      expect(reads).toHaveLength(2);
      for (const read of reads) expect(read).toContain("PRIMARY KEY (term=? AND entryId=?)");
    },
  );

  it.runIf(kind === "postgres")(
    "reads a candidate's postings through the primary key, both arrays in its one condition",
    async () => {
      // Seq scans off: on a table this small the planner would rightly scan it; what is checked is
      // that the statement can be answered from the (term, entryId) key alone.
      const plan = await t.db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
        return queryStatement<{ "QUERY PLAN": string }>(
          tx,
          sql`${raw("EXPLAIN ")}${postingsInStatement(["inflation", "apple"], [1, 2, 3], "postgres")}`,
        );
      });
      const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
      expect(text).toContain("MatchPosting_pkey");
      expect(text).toMatch(/Index Cond: \(\(term = ANY .*\) AND \("entryId" = ANY/);
    },
  );

  it("ranks exactly as the same entries indexed in memory", async () => {
    await t.db.$transaction((tx) => addToMatchIndex(tx, corpus));
    const database = databaseMatchStore(t.db);
    const memory = new MemoryMatchStore(corpus);
    for (const query of queries) {
      const inDatabase = await rankCandidates(database, query);
      expect(inDatabase.length).toBeGreaterThan(0);
      expect(inDatabase.map((c) => c.key)).toEqual((await rankCandidates(memory, query)).map((c) => c.key));
      expect(inDatabase[0]!.evidence.bm25).toBeCloseTo((await rankCandidates(memory, query))[0]!.evidence.bm25, 9);
    }
    await expectConsistent();
  });

  it("finds an imported fact-check through another instance at once; a re-import replaces its words, never duplicates", async () => {
    const other = createDb(databaseTargetFrom({ DATABASE_URL: t.url }));
    try {
      const bees = "https://factcheck.example.org/bees";
      const first = await importFactChecks(
        t.db,
        admin,
        [factCheck(bees, "Honey bees are extinct in Britain.")],
        [],
        null,
      );
      expect(first.ok).toBe(true);
      const found = await queryMatches(databaseMatchStore(other), "Have honey bees gone extinct in Britain?");
      expect(found[0]?.key).toMatch(/^factcheck:/);
      expect(found[0]?.strength).toBe("close");

      await importFactChecks(t.db, admin, [factCheck(bees, "Whales have returned to the Thames estuary.")], [], null);
      expect(await queryMatches(databaseMatchStore(other), "Have honey bees gone extinct in Britain?")).toEqual([]);
      const whales = await queryMatches(databaseMatchStore(other), "whales are back in the Thames estuary");
      expect(whales.map((m) => m.key)).toEqual([found[0]!.key]);
      expect(await t.db.matchEntry.count({ where: { key: found[0]!.key } })).toBe(1);
      await expectConsistent();
    } finally {
      await other.$disconnect();
    }
  });

  it("stores an import's rows as the rest of the app reads them: fields, dates, who imported it, its event", async () => {
    const before = Date.now();
    const url = `https://factcheck.example.org/dates-${kind}`;
    const imported = await importFactChecks(
      t.db,
      admin,
      [{ ...factCheck(url, "Tides are caused by the Moon."), headline: "Tides and the Moon", inLanguage: "en" }],
      [{ index: 1, reason: "no claimReviewed" }],
      "tides.json",
    );
    expect(imported).toMatchObject({ ok: true, data: { created: 1, updated: 0 } });
    const row = await t.db.externalFactCheck.findUniqueOrThrow({ where: { url } });
    expect(row).toMatchObject({
      claimReviewed: "Tides are caused by the Moon.",
      rating: "False",
      headline: "Tides and the Moon",
      importedById: admin.id,
      workspaceId: "default",
    });
    expect(row.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row.updatedAt.getTime()).toBe(row.createdAt.getTime());
    const event = await t.db.event.findFirstOrThrow({
      where: { action: "factcheck.import" },
      orderBy: { createdAt: "desc" },
    });
    expect(event.actorId).toBe(admin.id);
    expect(JSON.parse(event.after!)).toEqual({ fileName: "tides.json", created: 1, updated: 0, skipped: 1 });
    expect(event.createdAt.getTime()).toBe(row.createdAt.getTime());
    // A second import of the same address updates the row in place and says so.
    const again = await importFactChecks(t.db, admin, [factCheck(url, "The Moon causes the tides.")], [], null);
    expect(again).toMatchObject({ ok: true, data: { created: 0, updated: 1 } });
    const updated = await t.db.externalFactCheck.findUniqueOrThrow({ where: { url } });
    expect(updated.claimReviewed).toBe("The Moon causes the tides.");
    expect(updated.headline).toBeNull();
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(row.updatedAt.getTime());
    await expectConsistent();
  });

  it("refreshes the planner's statistics after a large import, in each database's own words", async () => {
    await expect(refreshMatchStatistics(t.db)).resolves.toBeUndefined();
    expect((await rankCandidates(databaseMatchStore(t.db), queries[0]!))[0]?.key).toBe("inflation");
  });

  it("fills itself once from fact-checks stored before it existed", async () => {
    const before = await t.db.matchEntry.count();
    // Rows written around the index, as a database from before it holds them.
    await t.db.externalFactCheck.createMany({
      data: [1, 2, 3].map((n) => ({
        url: `https://old.example.org/${n}`,
        claimReviewed: `The lighthouse on island ${n} was built in 18${n}0 by volunteers.`,
      })),
    });
    await t.db.setting.deleteMany({ where: { key: "match-index:built" } });
    if (kind === "postgres") {
      // Two instances starting together on one database (PostgreSQL: several instances share
      // one only there): one builds, the other waits and finds it built.
      const other = createDb(databaseTargetFrom({ DATABASE_URL: t.url }));
      try {
        const built = await Promise.all([ensureMatchIndex(t.db), ensureMatchIndex(other)]);
        expect(built.sort((a, b) => a - b)[0]).toBe(0);
        expect(built[1]).toBeGreaterThanOrEqual(3);
      } finally {
        await other.$disconnect();
      }
    } else expect(await ensureMatchIndex(t.db)).toBeGreaterThanOrEqual(3);
    expect(await ensureMatchIndex(t.db)).toBe(0);
    expect(await t.db.matchEntry.count()).toBe(before + 3);
    const [best] = await queryMatches(databaseMatchStore(t.db), "volunteers built the lighthouse on island 2 in 1820");
    expect(best?.strength).not.toBe("weak");
    await expectConsistent();
  });
});
