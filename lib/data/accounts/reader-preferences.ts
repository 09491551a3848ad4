import type { Db } from "../../db";
import { ok, unauthenticated, type Result } from "../../result";
import { readerPreferencesSchema } from "../../validation/fact-check";
import type { Actor } from "../actor";
import { parseInput } from "../../validation/parse-input";

export interface ReaderPreferences {
  showSuggestions: boolean;
}

/** The signed-in person's reader settings (defaults for a visitor). */
export async function getReaderPreferences(db: Db, actor: Actor | null): Promise<ReaderPreferences> {
  if (!actor) return { showSuggestions: false };
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { showSuggestions: true } });
  return { showSuggestions: user?.showSuggestions ?? false };
}

/** Saves the person's own reader settings (nobody else's). */
export async function saveReaderPreferences(
  db: Db,
  actor: Actor | null,
  input: unknown,
): Promise<Result<ReaderPreferences>> {
  if (!actor) return unauthenticated();
  const parsed = parseInput(readerPreferencesSchema, input);
  if (!parsed.ok) return parsed;
  await db.user.update({ where: { id: actor.id }, data: { showSuggestions: parsed.data.showSuggestions } });
  return ok(parsed.data);
}
