import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import type { Actor } from "../actor";
import { changesAfter, latestChangeSeq } from "./change-feed";
import { flagClaim, withdrawClaim } from "../claims/claims";
import { importDocument } from "../documents/document-import";
import { importSource } from "../../import/import-source";
import { makeActor } from "../test-fixtures";

describe.each(databaseKinds())("the change feed on %s", (kind) => {
  let t: TestDatabase;
  let reviewer: Actor;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
    reviewer = await makeActor(t.db, "Rui Reviewer", "REVIEWER");
  });
  afterAll(async () => t.drop());

  const addDocument = async (text: string) => {
    const made = await importDocument(
      t.db,
      reviewer,
      await importSource({ kind: "paste", format: "text", text }, { allowPrivateHosts: false }),
    );
    if (!made.ok) throw new Error(made.message);
    return made.data.slug;
  };

  it("numbers every change to a document in commit order, written in the change's own transaction", async () => {
    const before = await latestChangeSeq(t.db);
    const slug = await addDocument("Exports rose by 12 percent.\nImports fell.");
    const other = await addDocument("A different document entirely.");
    const flagged = await flagClaim(t.db, reviewer, slug, { start: 0, end: 27, exact: "Exports rose by 12 percent." });
    if (!flagged.ok) throw new Error(flagged.message);
    await withdrawClaim(t.db, reviewer, flagged.data.id);

    const documentId = (await t.db.document.findUniqueOrThrow({ where: { slug } })).id;
    const changes = await changesAfter(t.db, before, { documentId });
    expect(changes.map((c) => c.action)).toEqual(["document.import", "claim.flag", "claim.withdraw"]);
    expect(changes.map((c) => c.seq)).toEqual([...changes.map((c) => c.seq)].sort((a, b) => a - b));
    expect(changes[1]).toMatchObject({ claimId: flagged.data.id, actorId: reviewer.id, actorName: "Rui Reviewer" });
    // A reconnecting stream asks for what came after the last seq it saw.
    expect((await changesAfter(t.db, changes[1]!.seq, { documentId })).map((c) => c.action)).toEqual([
      "claim.withdraw",
    ]);
    // Every document's changes, for the process-wide watcher.
    expect((await changesAfter(t.db, before)).length).toBe(4);
    expect(
      (
        await changesAfter(t.db, before, {
          documentId: (await t.db.document.findUniqueOrThrow({ where: { slug: other } })).id,
        })
      ).map((c) => c.action),
    ).toEqual(["document.import"]);
    expect(await latestChangeSeq(t.db)).toBe(changes[2]!.seq);
  });

  it("writes nothing when the change is rolled back", async () => {
    const before = await latestChangeSeq(t.db);
    await t.db
      .$transaction(async (tx) => {
        await tx.event.create({
          data: {
            action: "claim.flag",
            entityType: "claim",
            entityId: "x",
            documentId: (await tx.document.findFirstOrThrow()).id,
          },
        });
        throw new Error("roll back");
      })
      .catch(() => undefined);
    expect(await changesAfter(t.db, before)).toEqual([]);
  });
});
