import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { baseModel } from "./base-model";
import { cueModel } from "./checkworthiness-model";
import { featureIndex } from "./feature-hash";
import { parseModel, serialiseModel } from "./model-file";

describe("the stored model", () => {
  it("reads back what it wrote: the same weights, bias, threshold and version", () => {
    const model = { ...cueModel(), version: "desk-test", kind: "desk" as const, labels: 60, threshold: 0.45 };
    const parsed = parseModel(JSON.stringify(serialiseModel(model)));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.model).toMatchObject({ version: "desk-test", kind: "desk", labels: 60, threshold: 0.45 });
    expect(parsed.model.linear.bias).toBeCloseTo(model.linear.bias);
    const number = featureIndex("cue:number");
    expect(parsed.model.linear.weights[number]).toBeCloseTo(model.linear.weights[number]!);
  });

  it("says what is wrong with a corrupt file instead of scoring with it", () => {
    expect(parseModel("{not json")).toEqual({ ok: false, reason: "it is not valid JSON" });
    expect(parseModel(JSON.stringify({ format: "something else" }))).toMatchObject({ ok: false });
    const good = serialiseModel({ ...cueModel(), version: "desk-x", kind: "desk" });
    expect(parseModel(JSON.stringify({ ...good, values: good.values.slice(0, 8) }))).toEqual({
      ok: false,
      reason: "its weights are truncated",
    });
  });

  it("falls back to the hand-set cues, with one log line saying why, when the base file is missing or corrupt", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const folder = mkdtempSync(path.join(os.tmpdir(), "claimmark-model-"));
    const corrupt = path.join(folder, "base-model.json");
    writeFileSync(corrupt, "{ truncated");
    const loaded = baseModel(corrupt);
    expect(loaded.model.version).toBe("cues-1");
    expect(loaded.problem).toMatch(/cannot be read: it is not valid JSON/);
    expect(baseModel(path.join(folder, "missing.json")).problem).toMatch(/is missing/);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it("ships trained weights that load", () => {
    const { model, problem } = baseModel();
    expect(problem).toBeNull();
    expect(model.kind).toBe("base");
    expect(model.labels).toBeGreaterThan(8000);
  });
});
