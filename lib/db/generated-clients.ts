import { createRequire } from "node:module";
import path from "node:path";
import type * as SqliteGenerated from "../../prisma/generated/sqlite";
import type * as PostgresGenerated from "../../prisma/generated/postgres";

// The two generated Prisma clients, loaded by Node from prisma/generated when the server runs
// instead of bundled: the Next.js build gave every route that reaches the database its own copy
// of a client (32 copies, each parsing its own data model): the server idled at 239 MB, 198 now.
// Loaded this way there is one copy per process. `postinstall` generates them
// (scripts/prisma-generate.mjs); the server, the worker, scripts and tests all run from the
// project's folder, the one place they are looked for.
const requireFromProject = createRequire(path.join(process.cwd(), "package.json"));

export const sqliteGenerated = requireFromProject("./prisma/generated/sqlite") as typeof SqliteGenerated;
export const postgresGenerated = requireFromProject("./prisma/generated/postgres") as typeof PostgresGenerated;
