/**
 * True for a unique-constraint violation on either database: Prisma's P2002 from model
 * queries, or the driver adapter's UniqueConstraintViolation inside P2010 from raw ones.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  return (
    code === "P2002" || (code === "P2010" && meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation")
  );
}
