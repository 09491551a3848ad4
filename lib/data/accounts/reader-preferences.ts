import type { Db } from "../../db";
import { ok, unauthenticated, type Result } from "../../result";
import { readerPreferencesSchema } from "../../validation/fact-check";
import type { Actor } from "../actor";
import { parseInput } from "../../validation/parse-input";
import { isLocale, type Locale } from "../../i18n/locales";

export interface ReaderPreferences {
  showSuggestions: boolean;
  /** The interface language they chose, or null: their browser's languages decide. */
  locale: Locale | null;
}

/** The signed-in person's reader settings (defaults for a visitor). */
export async function getReaderPreferences(db: Db, actor: Actor | null): Promise<ReaderPreferences> {
  if (!actor) return { showSuggestions: false, locale: null };
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { showSuggestions: true, locale: true } });
  return { showSuggestions: user?.showSuggestions ?? false, locale: isLocale(user?.locale) ? user.locale : null };
}

/** Saves the person's own reader settings and language (nobody else's); what is not given is kept. */
export async function saveReaderPreferences(
  db: Db,
  actor: Actor | null,
  input: unknown,
): Promise<Result<ReaderPreferences>> {
  if (!actor) return unauthenticated();
  const parsed = parseInput(readerPreferencesSchema, input);
  if (!parsed.ok) return parsed;
  const saved = await db.user.update({
    where: { id: actor.id },
    data: parsed.data,
    select: { showSuggestions: true, locale: true },
  });
  return ok({ showSuggestions: saved.showSuggestions, locale: isLocale(saved.locale) ? saved.locale : null });
}
