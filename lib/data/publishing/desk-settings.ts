import type { Db } from "../../db";
import { defaultDeskSettings, ratingValuesFrom, type DeskSettings } from "../../publishing/desk-settings";
import { publicPagesChanged } from "../../publishing/public-changes";
import { forbidden, ok, unauthenticated, type Result } from "../../result";
import { isAdmin } from "../../roles";
import { parseInput } from "../../validation/parse-input";
import { deskSettingsSchema } from "../../validation/publishing";
import type { Actor } from "../actor";
import { recordEvent } from "../events/record-event";
import { inTransaction } from "../transaction";

const DESK_ID = "desk";

/** How the desk is named before anyone saves its settings (the reports' publisher, from the environment). */
export interface DeskFallback {
  organisationName: string;
  organisationUrl: string;
}

function settingsOf(row: Awaited<ReturnType<Db["deskSettings"]["findUnique"]>>, fallback: DeskFallback): DeskSettings {
  if (!row) return defaultDeskSettings(fallback.organisationName, fallback.organisationUrl);
  return {
    organisationName: row.organisationName,
    organisationUrl: row.organisationUrl,
    logoUrl: row.logoUrl,
    licenceName: row.licenceName,
    licenceUrl: row.licenceUrl,
    ratingScale: { worst: row.ratingWorst, best: row.ratingBest, values: ratingValuesFrom(row.ratingValuesJson) },
    showReviewerNames: row.showReviewerNames,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The desk's publishing settings: the saved row, or the defaults named after the reports' publisher. */
export async function readDeskSettings(db: Db, fallback: DeskFallback): Promise<DeskSettings> {
  return settingsOf(await db.deskSettings.findUnique({ where: { id: DESK_ID } }), fallback);
}

/** Saves the desk's publishing settings (site administrators); every public page shows them at once. */
export async function saveDeskSettings(
  db: Db,
  caller: Actor | null,
  input: unknown,
  fallback: DeskFallback,
): Promise<Result<DeskSettings>> {
  if (!caller) return unauthenticated();
  if (caller.onlyWorkspace || !isAdmin(caller.role)) return forbidden("Only site administrators can change this.");
  const parsed = parseInput(deskSettingsSchema, input, "Check the highlighted fields.");
  if (!parsed.ok) return parsed;
  const { ratingValues, organisationUrl, logoUrl, licenceUrl, ...rest } = parsed.data;
  const data = {
    ...rest,
    organisationUrl: organisationUrl ?? "",
    logoUrl: logoUrl ?? null,
    licenceUrl: licenceUrl ?? null,
    ratingValuesJson: JSON.stringify(ratingValues),
    updatedById: caller.id,
  };
  const saved = await inTransaction(db, async (tx) => {
    const row = await tx.deskSettings.upsert({
      where: { id: DESK_ID },
      create: { id: DESK_ID, ...data },
      update: data,
    });
    await recordEvent(tx, {
      actorId: caller.id,
      action: "desk.settings",
      entityType: "desk",
      entityId: DESK_ID,
      after: parsed.data,
    });
    return ok(settingsOf(row, fallback));
  });
  if (saved.ok) publicPagesChanged();
  return saved;
}
