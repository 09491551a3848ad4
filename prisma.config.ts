// Prisma CLI configuration. The CLI runs with the JavaScript engine and reaches the
// database through the same driver adapter the app uses (see ../shared GUIDE notes in
// README "Why these dependencies"): DATABASE_URL=postgresql://… selects PostgreSQL,
// anything else the embedded SQLite file.
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const databaseUrl = process.env.DATABASE_URL ?? "";
const usePostgres = /^postgres(ql)?:\/\//.test(databaseUrl);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: usePostgres ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  async adapter() {
    if (usePostgres) return new PrismaPg({ connectionString: databaseUrl });
    return new PrismaBetterSQLite3({ url: `file:${process.env.SQLITE_PATH ?? "./data/app.db"}` });
  },
});
