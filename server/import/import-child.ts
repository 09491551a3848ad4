// The child process one import runs in (server/import/import-in-child.ts starts it, one per
// import): it reads the request from stdin, converts it with lib/import, and writes the result
// or the ImportError to stdout. A file that makes the converter loop or swell stops here, under
// this process's time and memory limits, never in the web server's event loop.
import { baseModel } from "../../lib/checkworthiness/model/base-model";
import { parseModel } from "../../lib/checkworthiness/model/model-file";
import { sentenceScoreRows } from "../../lib/checkworthiness/score-rows";
import { packScoredRows } from "../../lib/checkworthiness/score-rows-wire";
import { headingLineNumbers } from "../../lib/document/blocks";
import { ImportError } from "../../lib/import/import-error";
import { readFile } from "node:fs/promises";
import { importSource, type ImportEnvironment, type ImportInput } from "../../lib/import/import-source";
import type { ChildImport } from "./import-in-child";

/** The request: what to import, and the desk's model to score it with (absent: the base model). */
type Sent = { input: ChildImport; env: ImportEnvironment; model?: string };

async function main() {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const sent = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Sent;
  const input: ImportInput =
    sent.input.kind === "file"
      ? { kind: "file", fileName: sent.input.fileName, bytes: new Uint8Array(await readFile(sent.input.path)) }
      : sent.input;
  try {
    const imported = await importSource(input, sent.env);
    // Scoring a long text costs seconds of CPU too: it happens here, beside the conversion.
    const desk = sent.model ? parseModel(sent.model) : null;
    const model = desk?.ok ? desk.model : baseModel().model;
    const sentenceScores = sentenceScoreRows(imported.plainText, headingLineNumbers(imported.doc), model);
    const scores = packScoredRows(imported.plainText, sentenceScores);
    process.stdout.write(JSON.stringify({ ok: true, imported, scores }));
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    process.stdout.write(
      JSON.stringify({ ok: false, status: error.status, message: error.message, field: error.field }),
    );
  }
}

main().catch((error) => {
  process.stderr.write(`import child: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
