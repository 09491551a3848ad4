#!/usr/bin/env node
// postinstall: generates both Prisma clients (SQLite and PostgreSQL) with the JavaScript
// engine, so no native engine is ever downloaded.
import { execFileSync } from "node:child_process";

for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  execFileSync("npx", ["--no-install", "prisma", "generate", "--schema", schema], {
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://unused@127.0.0.1/unused",
    },
  });
}
