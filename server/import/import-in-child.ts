import { spawn } from "node:child_process";
import path from "node:path";
import { unpackScoredRows, type PackedScoredRows } from "@/lib/checkworthiness/score-rows-wire";
import { ImportError } from "@/lib/import/import-error";
import type { ImportedDocument, ImportEnvironment, ImportInput } from "@/lib/import/import-source";
import { appRoot, minimalEnvironment } from "../env";

export interface ChildLimits {
  timeoutMs: number;
  memoryMb: number;
}

/** What one import may take: long enough for a 100-page PDF on a slow machine, far short of freezing anything. */
export const IMPORT_CHILD_LIMITS: ChildLimits = { timeoutMs: 60_000, memoryMb: 512 };

/**
 * What the child is asked to import: a file goes by its path on disk (an upload already
 * streamed there, server/request/upload-form.ts), so its bytes never pass through the server.
 */
export type ChildImport = Exclude<ImportInput, { kind: "file" }> | { kind: "file"; fileName: string; path: string };

const fieldOf = (input: ChildImport) => (input.kind === "paste" ? "text" : input.kind === "file" ? "file" : "url");

/**
 * Converts an import in a child process of its own (server/import/import-child.ts) with a time
 * and a memory limit: conversion never runs on the web server's event loop, so one crafted
 * page, PDF or Word file cannot freeze every other request, and one that runs over a limit is
 * stopped and refused in words. The child gets no secret: only what the conversion needs.
 */
export function importInChild(
  input: ChildImport,
  env: ImportEnvironment,
  limits: ChildLimits = IMPORT_CHILD_LIMITS,
  /** The desk's model, serialised, when one is in use: the child scores the sentences with it. */
  model?: string,
): Promise<ImportedDocument> {
  const field = fieldOf(input);
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${limits.memoryMb}`,
      "--import",
      "tsx",
      path.join(appRoot(), "server/import/import-child.ts"),
    ],
    { cwd: appRoot(), stdio: ["pipe", "pipe", "pipe"], env: { ...minimalEnvironment(), NODE_ENV: "production" } },
  );
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
  // A child stopped early (its limits) no longer reads: the write's EPIPE is that, not a fault.
  child.stdin.on("error", () => undefined);
  child.stdin.end(JSON.stringify({ input, env, model }));
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, limits.timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (timedOut)
        return reject(
          new ImportError(
            422,
            `Reading this document took longer than ${limits.timeoutMs / 1000} s, the limit; it was not imported.`,
            field,
          ),
        );
      const text = Buffer.concat(out.splice(0)).toString("utf8");
      if (code === 0 && text) {
        // In a try: a malformed answer is this import's failure, never an exception thrown
        // out of the 'close' handler into the server.
        try {
          const answer = JSON.parse(text) as
            | { ok: true; imported: ImportedDocument; scores: PackedScoredRows }
            | { ok: false; status: ImportError["status"]; message: string; field: string };
          if (!answer.ok) return reject(new ImportError(answer.status, answer.message, answer.field));
          const { imported, scores } = answer;
          return resolve({ ...imported, sentenceScores: unpackScoredRows(imported.plainText, scores) });
        } catch (error) {
          return reject(error);
        }
      }
      const log = Buffer.concat(err).toString("utf8");
      if (/heap out of memory|Allocation failed/i.test(log) || signal === "SIGABRT" || code === 134)
        return reject(
          new ImportError(
            422,
            `Reading this document needed more than ${limits.memoryMb} MB of memory, the limit; it was not imported.`,
            field,
          ),
        );
      reject(new Error(`the import process ended with ${signal ?? `code ${code}`}: ${log.slice(-2000)}`));
    });
  });
}
