/**
 * True for a unique-constraint violation on either database: Prisma's P2002 from model
 * queries, the driver adapter's UniqueConstraintViolation inside P2010 from raw ones, or the
 * drivers' own codes from direct statements (lib/db/direct.ts).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  return (
    code === "P2002" ||
    (code === "P2010" && meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation") ||
    DRIVER_UNIQUE_VIOLATIONS.has(code ?? "")
  );
}

/** better-sqlite3's codes for a primary key or unique index refusing a row, and PostgreSQL's SQLSTATE. */
const DRIVER_UNIQUE_VIOLATIONS = new Set(["SQLITE_CONSTRAINT_PRIMARYKEY", "SQLITE_CONSTRAINT_UNIQUE", "23505"]);
