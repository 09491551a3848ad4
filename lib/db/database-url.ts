/** Which database an instance uses, decided once from the environment. */
export type DatabaseTarget = { kind: "sqlite"; path: string } | { kind: "postgres"; url: string };

/**
 * DATABASE_URL=postgresql://… (or postgres://…) selects PostgreSQL; DATABASE_URL=file:… or
 * SQLITE_PATH selects that SQLite file; with neither, the embedded default data/app.db.
 */
export function databaseTargetFrom(env: Record<string, string | undefined>): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  if (url && url.startsWith("file:")) return { kind: "sqlite", path: url.slice("file:".length) };
  if (url) throw new Error(`DATABASE_URL must start with postgresql:// or file:, got "${url.split(":")[0]}:…"`);
  return { kind: "sqlite", path: env.SQLITE_PATH?.trim() || "data/app.db" };
}
