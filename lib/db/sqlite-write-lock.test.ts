// Two processes on one SQLite file (the server and the worker): a transaction that reads, then
// writes after the other process committed, must wait its turn rather than fail with
// "database is locked".
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "./test-databases";

const require_ = createRequire(__filename);

/** Another process writing an event row through its own connection, waiting up to 5 s for the lock. */
function writeFromAnotherProcess(file: string, marker: string): { started: Promise<void>; done: Promise<number> } {
  const child = spawn(
    process.execPath,
    [
      "-e",
      `const db = new (require(${JSON.stringify(require_.resolve("better-sqlite3"))}))(${JSON.stringify(file)});
       db.pragma("busy_timeout = 5000");
       process.stdout.write("ready\\n");
       db.prepare("INSERT INTO Job (id, kind, payload, updatedAt) VALUES (?, 'capture', '{}', 0)").run(${JSON.stringify(marker)});
       db.close();`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const started = new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  const done = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
  return { started, done };
}

describe("SQLite transactions beside another process", () => {
  let t: TestDatabase;
  afterAll(async () => t?.drop());

  it("a read-then-write transaction waits for the other process instead of failing", async () => {
    t = await createTestDatabase("sqlite");
    const file = t.url.replace(/^file:/, "");
    let other: ReturnType<typeof writeFromAnotherProcess> | null = null;
    await t.db.$transaction(async (tx) => {
      await tx.job.count(); // a read first, as most transactions do
      other = writeFromAnotherProcess(file, "other-process");
      await other.started;
      await new Promise((r) => setTimeout(r, 300)); // the other process tries to write meanwhile
      await tx.job.create({ data: { id: "this-process", kind: "capture", payload: "{}" } });
    });
    expect(await other!.done).toBe(0);
    const ids = (await t.db.job.findMany({ select: { id: true } })).map((j) => j.id).sort();
    expect(ids).toEqual(["other-process", "this-process"]);
  });
});
