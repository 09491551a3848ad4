// Test-only helper: fresh, migrated databases for integration tests. Every *.db.test.ts
// runs its cases once per database kind: a new SQLite file always, and a new database on
// the PostgreSQL server named by TEST_POSTGRES_URL when it is set (CI always sets it).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createDb, tuneSqlite, type Db } from "./client";
import { createDatabase, dropDatabase } from "./postgres-databases";
import { migratePostgres } from "./postgres-migrator";

const root = path.resolve(__dirname, "..", "..");

export interface TestDatabase {
  kind: "sqlite" | "postgres";
  db: Db;
  /** Where this database is, as DATABASE_URL would name it (for child processes). */
  url: string;
  drop: () => Promise<void>;
}

function migrationSql(folder: string): string[] {
  const dir = path.join(root, folder);
  return fs
    .readdirSync(dir)
    .filter((name) => fs.statSync(path.join(dir, name)).isDirectory())
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}

async function createSqlite(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-test-"));
  const file = path.join(dir, "test.db");
  const raw = new Database(file);
  for (const sql of migrationSql("prisma/migrations")) raw.exec(sql);
  raw.close();
  const db = createDb({ kind: "sqlite", path: file });
  await tuneSqlite(db);
  return {
    kind: "sqlite",
    db,
    url: `file:${file}`,
    drop: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgres(adminUrl: string): Promise<TestDatabase> {
  const name = `claimmark_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const url = await createDatabase(adminUrl, name);
  await migratePostgres(url, path.join(root, "prisma/postgres/migrations"));
  const db = createDb({ kind: "postgres", url });
  return {
    kind: "postgres",
    db,
    url,
    drop: async () => {
      await db.$disconnect();
      await dropDatabase(adminUrl, name);
    },
  };
}

/** The database kinds this run tests against. */
export function databaseKinds(): ("sqlite" | "postgres")[] {
  if (process.env.TEST_POSTGRES_URL) return ["sqlite", "postgres"];
  if (process.env.CI) throw new Error("CI must set TEST_POSTGRES_URL: integration tests run on PostgreSQL too.");
  return ["sqlite"];
}

/** A fresh, migrated, empty database of the given kind. */
export function createTestDatabase(kind: "sqlite" | "postgres"): Promise<TestDatabase> {
  return kind === "sqlite" ? createSqlite() : createPostgres(process.env.TEST_POSTGRES_URL!);
}
