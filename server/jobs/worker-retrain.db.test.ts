import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "@/lib/db/test-databases";
import { activeModel } from "@/lib/data/suggestions/desk-model";
import { harbourDocument, labelLikeADesk } from "@/lib/data/suggestions/test-desk-labels";
import { makeActor } from "@/lib/data/test-fixtures";
import { startWorker } from "./worker";

describe.each(databaseKinds())("the worker retrains the suggestions on its own on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => t.drop());

  it("when 50 new labels arrive, and not when automatic retraining is off", async () => {
    const annotator = await makeActor(t.db, "Worker Wes");
    const reviewer = await makeActor(t.db, "Worker Rae", "REVIEWER");
    await labelLikeADesk(t.db, annotator, await harbourDocument(t.db, reviewer));
    const options = {
      chromiumPath: "/usr/bin/chromium",
      allowPrivateHosts: false,
      maxCaptureBytes: 1024,
      captureQuotas: { instanceBytes: 1024, documentBytes: 1024 },
      concurrency: 1,
      recheckHours: 24,
      pollMs: 50,
      log: () => undefined,
    };
    const idle = startWorker(t.db, { ...options, autoRetrain: false });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await idle.stop();
    expect((await activeModel(t.db)).model.kind).toBe("base");

    const worker = startWorker(t.db, options);
    try {
      const deadline = Date.now() + 30_000;
      while ((await activeModel(t.db)).model.kind !== "desk" && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await activeModel(t.db)).model).toMatchObject({ kind: "desk", labels: 60 });
    } finally {
      await worker.stop();
    }
  }, 60_000);
});
