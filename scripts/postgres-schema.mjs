// The one rule that turns the SQLite schema into the PostgreSQL one. Shared by the
// generator script and the drift test, so both apply exactly the same transformation.
const HEADER = "// GENERATED from prisma/schema.prisma by scripts/gen-postgres-schema.mjs. Do not edit.\n";

/** Returns the PostgreSQL schema text for the given SQLite schema text. */
export function postgresSchemaFrom(sqliteSchema) {
  const out = sqliteSchema
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:../data/app.db"', 'url      = env("DATABASE_URL")')
    .replace('output     = "./generated/sqlite"', 'output     = "../generated/postgres"');
  if (out === sqliteSchema || !out.includes('"postgresql"') || !out.includes("generated/postgres")) {
    throw new Error("prisma/schema.prisma no longer has the lines the PostgreSQL generator rewrites");
  }
  return HEADER + out;
}
