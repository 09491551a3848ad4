import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ImportError } from "@/lib/import/import-error";
import { cueModel } from "@/lib/checkworthiness/model/checkworthiness-model";
import { serialiseModel } from "@/lib/checkworthiness/model/model-file";
import { importInChild } from "./import-in-child";

const env = { allowPrivateHosts: false };

describe("imports in a child process", () => {
  it("converts a document and passes refusals through in words", async () => {
    const imported = await importInChild(
      { kind: "paste", format: "markdown", text: "# Title\n\nThe metro carried 480 million riders." },
      env,
    );
    expect(imported.plainText).toBe("Title\nThe metro carried 480 million riders.");
    // Scored in the child too, with the base model; the heading is marked, never suggested.
    expect(imported.sentenceScores?.map((row) => row.text)).toEqual(["Title", "The metro carried 480 million riders."]);
    expect(imported.sentenceScores?.[0]!.cues).toContain("heading");
    expect(imported.sentenceScores?.[1]!.modelVersion).toMatch(/^base-/);
    expect(imported.sentenceScores?.[1]!.score).toBeGreaterThan(0.5);
    await expect(importInChild({ kind: "paste", format: "text", text: "   " }, env)).rejects.toMatchObject({
      status: 422,
      field: "text",
      message: expect.stringContaining("no text"),
    });
    // An upload arrives as a file on disk; the child reads it from there.
    const folder = mkdtempSync(path.join(os.tmpdir(), "claimmark-child-test-"));
    const deep = path.join(folder, "0");
    writeFileSync(deep, `<html><body>${"<div>".repeat(4000)}x${"</div>".repeat(4000)}</body></html>`);
    const uploaded = path.join(folder, "1");
    writeFileSync(
      uploaded,
      "<html><head><title>Upload</title></head><body><p>The ferry carried 90 cars.</p></body></html>",
    );
    try {
      await expect(importInChild({ kind: "file", fileName: "deep.html", path: deep }, env)).rejects.toMatchObject({
        status: 413,
        field: "file",
      });
      const read = await importInChild({ kind: "file", fileName: "upload.html", path: uploaded }, env);
      expect(read.plainText).toContain("The ferry carried 90 cars.");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 30_000);

  it("scores with the desk's model when the server passes one", async () => {
    const desk = {
      ...cueModel(),
      version: "desk-test",
      kind: "desk" as const,
    };
    const imported = await importInChild(
      { kind: "paste", format: "text", text: "The metro carried 480 million riders." },
      env,
      undefined,
      JSON.stringify(serialiseModel(desk)),
    );
    expect(imported.sentenceScores?.[0]!.modelVersion).toBe("desk-test");
  }, 30_000);

  it("stops an import that runs past its time limit, and says which limit", async () => {
    const slow = importInChild({ kind: "paste", format: "text", text: "Some text." }, env, {
      timeoutMs: 50,
      memoryMb: 512,
    });
    await expect(slow).rejects.toBeInstanceOf(ImportError);
    await expect(slow).rejects.toMatchObject({ status: 422, message: expect.stringContaining("longer than 0.05 s") });
  });

  it("stops an import that runs past its memory limit, and says which limit", async () => {
    const big = importInChild({ kind: "paste", format: "text", text: "word ".repeat(300_000) }, env, {
      timeoutMs: 30_000,
      memoryMb: 16,
    });
    await expect(big).rejects.toMatchObject({ status: 422, message: expect.stringContaining("more than 16 MB") });
  }, 30_000);
});
