import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import type { Actor } from "../actor";
import { cueModel } from "../../checkworthiness/model/checkworthiness-model";
import { parseModel, serialiseModel } from "../../checkworthiness/model/model-file";
import { importSource } from "../../import/import-source";
import { importDocument } from "../documents/document-import";
import { makeActor } from "../test-fixtures";
import { listSuggestions } from "./sentence-scores";
import { FIGURES, harbourDocument, labelLikeADesk, NOTICES } from "./test-desk-labels";
import { requestRetrain, suggestionsModelStatus } from "./desk-admin";
import { activeModel, deskLabels, resetToBaseModel, retrainDeskModel, retrainDue } from "./desk-model";

const paste = (text: string) => importSource({ kind: "paste", format: "text", text }, { allowPrivateHosts: false });

describe.each(databaseKinds())("the desk's suggestions model on %s", (kind) => {
  let t: TestDatabase;
  let annotator: Actor;
  let admin: Actor;
  let slug: string;

  beforeAll(async () => {
    t = await createTestDatabase(kind);
    annotator = await makeActor(t.db, "Desk Dana");
    admin = await makeActor(t.db, "Desk Admin", "ADMIN");
    const reviewer = await makeActor(t.db, "Desk Rita", "REVIEWER");
    slug = await harbourDocument(t.db, reviewer);
  });
  afterAll(async () => t.drop());

  it("with too few labels, says how many more are needed and changes nothing", async () => {
    expect(await requestRetrain(t.db, annotator)).toMatchObject({ ok: false, status: 403 });
    const refused = await requestRetrain(t.db, admin);
    expect(refused).toMatchObject({ ok: false, status: 409 });
    expect(!refused.ok && refused.message).toMatch(/needs 50 more labels/);
    expect(await retrainDeskModel(t.db, admin.id)).toMatchObject({ ok: false });
    expect(await t.db.suggestionModel.count()).toBe(0);
    expect((await activeModel(t.db)).model.kind).toBe("base");
  });

  it("learns from flags and dismissals, puts the desk's model in use, re-scores, and resets to the base", async () => {
    const document = await t.db.document.findUniqueOrThrow({ where: { slug } });
    await labelLikeADesk(t.db, annotator, slug);
    const labels = await deskLabels(t.db);
    expect(labels.filter((l) => l.positive)).toHaveLength(30);
    expect(labels.filter((l) => !l.positive)).toHaveLength(30);
    expect(await retrainDue(t.db)).toMatchObject({ due: true });

    const started = Date.now();
    const trained = await retrainDeskModel(t.db, admin.id);
    expect(trained).toMatchObject({ ok: true, labels: 60 });
    expect(Date.now() - started).toBeLessThan(10_000);
    const active = await activeModel(t.db);
    expect(active.model.kind).toBe("desk");
    // What the import child is handed: the model as stored, which reads back as the one in use.
    expect(parseModel(active.stored!)).toMatchObject({ ok: true, model: { version: active.model.version } });
    expect(await retrainDue(t.db)).toMatchObject({ due: false });
    // A document the desk's model finds nothing in still says which model read it.
    const quiet = await importDocument(t.db, admin, await paste(NOTICES.slice(0, 3).join("\n")), "Gate notices");
    if (!quiet.ok) throw new Error(quiet.message);
    const listed = await listSuggestions(t.db, quiet.data.slug);
    expect(listed).toMatchObject({
      ok: true,
      data: { suggestions: [], modelVersion: active.model.version, threshold: active.model.threshold },
    });
    const rescored = await t.db.sentenceScore.findMany({ where: { documentId: document.id } });
    expect(rescored.every((row) => row.modelVersion === active.model.version)).toBe(true);
    // The desk taught it that gate notices are not worth checking.
    const notice = rescored.find((row) => row.text === NOTICES[0])!;
    const status = await suggestionsModelStatus(t.db, admin);
    if (!status.ok) throw new Error(status.message);
    expect(status.data.inUse).toMatchObject({ kind: "desk", labels: 60 });
    expect(status.data.evaluation?.desk.f1).toBeGreaterThanOrEqual(status.data.evaluation!.base.f1);
    expect(notice.score).toBeLessThan(0.5);

    await resetToBaseModel(t.db, admin.id);
    expect((await activeModel(t.db)).model.kind).toBe("base");
    const back = await t.db.sentenceScore.findFirstOrThrow({ where: { documentId: document.id } });
    expect(back.modelVersion).toMatch(/^base-/);
    expect(await t.db.event.count({ where: { action: { in: ["suggestions.retrain", "suggestions.reset"] } } })).toBe(2);
  });

  it("lists suggestions from the threshold of the model in use, not the base model's 0.5", async () => {
    const low = { ...cueModel(), version: "desk-low", kind: "desk" as const, labels: 60, threshold: 0.3 };
    const row = await t.db.suggestionModel.create({
      data: { version: low.version, labels: 60, weights: JSON.stringify(serialiseModel(low)), evaluation: "{}" },
    });
    try {
      const listed = await listSuggestions(t.db, slug, { all: true });
      if (!listed.ok) throw new Error(listed.message);
      expect(listed.data.threshold).toBe(0.3);
      const free = listed.data.sentences!.filter((s) => !s.dismissed && !FIGURES.includes(s.text));
      for (const sentence of free) expect(sentence.suggested, sentence.text).toBe(sentence.score >= 0.3);
      // Bands start where suggestions do: one scoring under 0.5 reads "Medium", never "Low".
      const imported = await importDocument(
        t.db,
        admin,
        await paste("The council approved the new plan for the harbour district."),
        "Low threshold",
      );
      if (!imported.ok) throw new Error(imported.message);
      const suggested = await listSuggestions(t.db, imported.data.slug);
      if (!suggested.ok) throw new Error(suggested.message);
      const underHalf = suggested.data.suggestions.filter((s) => s.score < 0.5);
      expect(underHalf.length).toBeGreaterThan(0);
      for (const s of underHalf) expect(s.band, s.text).toBe("medium");
    } finally {
      await t.db.suggestionModel.update({ where: { id: row.id }, data: { retiredAt: new Date() } });
    }
  });

  it("scores with the base model, saying why, when the desk's stored model cannot be read", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await t.db.suggestionModel.create({
      data: { version: "desk-broken", labels: 60, weights: "{ truncated", evaluation: "{}", trainedAt: new Date() },
    });
    const active = await activeModel(t.db);
    expect(active.model.kind).toBe("base");
    expect(active.problem).toMatch(/desk-broken cannot be read/);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
