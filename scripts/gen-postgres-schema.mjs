#!/usr/bin/env node
// Generates prisma/postgres/schema.prisma from prisma/schema.prisma (the SQLite one), so
// there is one set of models. Run after every change to prisma/schema.prisma:
//   node scripts/gen-postgres-schema.mjs
// The unit test lib/db/schema-drift.test.ts fails when the committed file is stale.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { postgresSchemaFrom } from "./postgres-schema.mjs";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const sqlite = fs.readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
const target = path.join(root, "prisma/postgres/schema.prisma");
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, postgresSchemaFrom(sqlite));
console.log(`wrote ${path.relative(root, target)}`);
