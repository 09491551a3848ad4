// Prisma CLI configuration. The CLI runs with the JavaScript engine and reaches the
// database through the same driver adapter the app uses, chosen by the same rule
// (lib/db/database-url.ts): DATABASE_URL=postgresql://… is PostgreSQL, DATABASE_URL=file:…
// or SQLITE_PATH a SQLite file, and otherwise the embedded data/app.db.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseTargetFrom } from "./lib/db/database-url";

const target = databaseTargetFrom(process.env);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: target.kind === "postgres" ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  async adapter() {
    if (target.kind === "postgres") return new PrismaPg({ connectionString: target.url });
    return new PrismaBetterSQLite3({ url: `file:${target.path}` });
  },
});
