import { randomBytes } from "node:crypto";
import fs from "node:fs";
import type { Db } from "../../db";

/** Where earlier versions kept a generated secret (in a table: anyone with a backup could forge sessions). */
const LEGACY_SETTING = "nextauth_secret";

export type SecretOutcome = { ok: true; value: string } | { ok: false; message: string };

/**
 * Decides the secret that signs sessions, at start-up. NEXTAUTH_SECRET wins when set. Else,
 * on SQLite, a secret generated once and kept in a file readable by this user only (0600),
 * beside the database; on PostgreSQL it is required, since instances share it. A secret an
 * earlier version stored in the Setting table is moved to the file (so sessions survive the
 * upgrade) and deleted from the table in every case.
 */
export async function settleSessionSecret(
  db: Db,
  where: { fromEnvironment?: string; file: string | null },
): Promise<SecretOutcome> {
  const legacy = await db.setting.findUnique({ where: { key: LEGACY_SETTING } });
  let value: string | undefined = where.fromEnvironment || undefined;
  if (!value && where.file) {
    if (fs.existsSync(where.file)) {
      value = fs.readFileSync(where.file, "utf8").trim();
      fs.chmodSync(where.file, 0o600);
    } else {
      value = legacy?.value ?? randomBytes(32).toString("base64url");
      // "wx": if another process wrote it first, read theirs instead.
      try {
        fs.writeFileSync(where.file, value, { mode: 0o600, flag: "wx" });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
        value = fs.readFileSync(where.file, "utf8").trim();
      }
    }
  }
  if (legacy) await db.setting.deleteMany({ where: { key: LEGACY_SETTING } });
  if (!value) {
    return {
      ok: false,
      message:
        "On PostgreSQL, set NEXTAUTH_SECRET (the same value for every instance), for example: export NEXTAUTH_SECRET=$(openssl rand -base64 32)",
    };
  }
  if (value.length < 16) return { ok: false, message: "NEXTAUTH_SECRET must be at least 16 characters." };
  return { ok: true, value };
}
