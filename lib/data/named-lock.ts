import type { Tx } from "../db";

/**
 * Serialises transactions that must not interleave (the first account becoming admin, the
 * last admin losing the role): each one first writes the same Setting row, so on
 * PostgreSQL the second waits on that row's lock until the first commits, and then reads
 * what it committed. SQLite runs one writer at a time anyway. Used instead of SERIALIZABLE
 * isolation, whose commit-time failures leave a connection checked out of the pg pool in
 * @prisma/adapter-pg 6.19 (seen as a hang in CI).
 */
export async function takeNamedLock(tx: Tx, name: string): Promise<void> {
  const key = `lock:${name}`;
  const value = new Date().toISOString();
  await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value }, select: { key: true } });
}
