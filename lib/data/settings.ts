import type { Db } from "../db";
import { isUniqueViolation } from "../db/errors";

/**
 * Returns the setting's value, creating it with `make()` the first time. When several
 * instances start at once, the first insert wins and the others read its value, so every
 * instance ends up with the same secret.
 */
export async function getOrCreateSetting(db: Db, key: string, make: () => string): Promise<string> {
  const existing = await db.setting.findUnique({ where: { key } });
  if (existing) return existing.value;
  try {
    const created = await db.setting.create({ data: { key, value: make() } });
    return created.value;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.setting.findUniqueOrThrow({ where: { key } });
    return winner.value;
  }
}
