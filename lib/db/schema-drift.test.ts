import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postgresSchemaFrom } from "../../scripts/postgres-schema.mjs";

const root = path.join(__dirname, "..", "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
const migrations = (folder: string) =>
  fs
    .readdirSync(path.join(root, folder))
    .filter((name) => fs.statSync(path.join(root, folder, name)).isDirectory())
    .sort();

describe("one set of models for SQLite and PostgreSQL", () => {
  it("prisma/postgres/schema.prisma is what the generator makes from prisma/schema.prisma", () => {
    // On failure: run `node scripts/gen-postgres-schema.mjs` and add a PostgreSQL migration.
    expect(read("prisma/postgres/schema.prisma")).toBe(postgresSchemaFrom(read("prisma/schema.prisma")));
  });

  it("both migration folders have the same migrations", () => {
    expect(migrations("prisma/postgres/migrations")).toEqual(migrations("prisma/migrations"));
  });

  it("every table of the schema is created by the migrations of both databases", () => {
    const models = [...read("prisma/schema.prisma").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]);
    for (const folder of ["prisma/migrations", "prisma/postgres/migrations"]) {
      const sql = migrations(folder)
        .map((m) => read(`${folder}/${m}/migration.sql`))
        .join("\n");
      for (const model of models) expect(sql, `${folder} creates ${model}`).toContain(`CREATE TABLE "${model}"`);
    }
  });
});
