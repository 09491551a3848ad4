import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migratePostgres } from "../../db/postgres-migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../../db/test-databases";
import { blocksOfTiptapDoc, plainTextOf } from "../../document/blocks";
import { getReaderDocument, listDocuments } from "./documents";
import { ESSAY_SLUG, seedEssay } from "./seed";
import { settleSessionSecret } from "../accounts/session-secret";
import { essayText } from "../test-fixtures";
import { DEFAULT_WORKSPACE_ID } from "../../workspaces/visibility";

const root = path.join(__dirname, "..", "..", "..");

describe.each(databaseKinds())("seeding on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => t.drop());

  it("adds the essay once, however often it runs, even concurrently", async () => {
    expect(await seedEssay(t.db, essayText)).toBe(true);
    const again = await Promise.all([seedEssay(t.db, essayText), seedEssay(t.db, essayText)]);
    expect(again).toEqual([false, false]);
    expect(await t.db.document.count()).toBe(1);
    expect(await t.db.event.count({ where: { action: "document.seed" } })).toBe(1);
  });

  it("stores the essay's text unchanged, titled by its first line", async () => {
    const doc = await getReaderDocument(t.db, ESSAY_SLUG);
    const stored = await t.db.document.findUniqueOrThrow({ where: { slug: ESSAY_SLUG } });
    expect(stored.plainText).toBe(essayText.replace(/\n+$/, ""));
    // The reader derives the same text from the Tiptap JSON it is sent.
    expect(plainTextOf(blocksOfTiptapDoc(doc!.content))).toBe(stored.plainText);
    expect(doc?.title).toBe(essayText.split("\n")[0]);
    expect((await listDocuments(t.db, { workspaceIds: [DEFAULT_WORKSPACE_ID] })).documents).toEqual([
      {
        slug: ESSAY_SLUG,
        title: doc?.title,
        author: null,
        createdAt: expect.any(String),
        claimCount: 0,
        flaggedCount: 0,
        inReviewCount: 0,
        reviewedCount: 0,
        archived: false,
      },
    ]);
    // Its text is revision 1, the one every later version is compared with.
    expect(await t.db.documentRevision.findMany({ select: { number: true, plainText: true } })).toEqual([
      { number: 1, plainText: stored.plainText },
    ]);
  });

  it("keeps a generated session secret in a 0600 file, never in a table, and moves an old stored one out", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-secret-"));
    try {
      const file = path.join(dir, "session-secret");
      // An earlier version kept the secret in the Setting table, where a backup leaks it.
      await t.db.setting.create({ data: { key: "nextauth_secret", value: "legacy-secret-from-the-table" } });
      const first = await settleSessionSecret(t.db, { file });
      expect(first).toEqual({ ok: true, value: "legacy-secret-from-the-table" });
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(await t.db.setting.findUnique({ where: { key: "nextauth_secret" } })).toBeNull();
      // Three instances starting at once all read the same file.
      const again = await Promise.all([1, 2, 3].map(() => settleSessionSecret(t.db, { file })));
      expect(again.map((r) => (r.ok ? r.value : r.message))).toEqual(Array(3).fill("legacy-secret-from-the-table"));
      // A fresh instance generates one, 43 characters of base64url, stored nowhere in the database.
      const freshFile = path.join(dir, "fresh-secret");
      const fresh = await settleSessionSecret(t.db, { file: freshFile });
      expect(fresh.ok && fresh.value).toMatch(/^[\w-]{43}$/);
      const rows = await t.db.setting.findMany();
      expect(rows.some((r) => fresh.ok && r.value.includes(fresh.value))).toBe(false);
      // With no file to keep it in (PostgreSQL), NEXTAUTH_SECRET is required, and says so.
      expect(await settleSessionSecret(t.db, { file: null })).toMatchObject({
        ok: false,
        message: expect.stringContaining("set NEXTAUTH_SECRET"),
      });
      expect(
        await settleSessionSecret(t.db, { file: null, fromEnvironment: "a-shared-secret-of-some-length" }),
      ).toEqual({ ok: true, value: "a-shared-secret-of-some-length" });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("applies the migrations once: a second run finds nothing pending", async () => {
    if (kind === "sqlite") {
      // SQLite: `prisma migrate deploy`, as npm start runs it, on a database of its own.
      const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", DATABASE_URL: "" } as NodeJS.ProcessEnv;
      env.SQLITE_PATH = path.join(path.dirname(t.url.slice("file:".length)), "deploy.db");
      const deploy = () =>
        execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
          cwd: root,
          env,
          encoding: "utf8",
        });
      expect(deploy()).toContain("All migrations have been successfully applied");
      expect(deploy()).toContain("No pending migrations to apply");
    } else {
      // PostgreSQL: the test database was migrated by migratePostgres; running it again,
      // from three instances at once, applies nothing and leaves one row per migration.
      const dir = path.join(root, "prisma/postgres/migrations");
      const runs = await Promise.all([1, 2, 3].map(() => migratePostgres(t.url, dir)));
      expect(runs).toEqual([[], [], []]);
      const rows = await t.db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "_prisma_migrations"`);
      expect(Number(rows[0]!.n)).toBe(fs.readdirSync(dir).filter((n) => !n.endsWith(".toml")).length);
    }
  });
});
