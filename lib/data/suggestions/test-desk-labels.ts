import type { Db } from "../../db";
import { importSource } from "../../import/import-source";
import type { Actor } from "../actor";
import { flagClaim } from "../claims/claims";
import { importDocument } from "../documents/document-import";
import { dismissSuggestion } from "./dismissals";
import { listSuggestions } from "./sentence-scores";

// Sixty sentences of two kinds, as a desk that checks harbour statistics and turns down
// announcements would label them.
export const FIGURES = Array.from(
  { length: 30 },
  (_, i) => `The port handled ${i + 2}.${i} million tonnes of cargo in ${1990 + i}, up ${i + 3} percent.`,
);
export const NOTICES = Array.from(
  { length: 30 },
  (_, i) => `The harbour office announced that gate ${i + 1} reopened after repairs last week.`,
);

/** A document of the sixty sentences, imported by a reviewer; its slug. */
export async function harbourDocument(db: Db, reviewer: Actor): Promise<string> {
  const text = [...FIGURES, ...NOTICES].join("\n");
  const imported = await importDocument(
    db,
    reviewer,
    await importSource({ kind: "paste", format: "text", text }, { allowPrivateHosts: false }),
    "Harbour",
  );
  if (!imported.ok) throw new Error(imported.message);
  return imported.data.slug;
}

/** Flags every figure and dismisses every notice: 60 labels, 30 of each kind. */
export async function labelLikeADesk(db: Db, annotator: Actor, slug: string): Promise<void> {
  const document = await db.document.findUniqueOrThrow({ where: { slug } });
  for (const sentence of FIGURES) {
    const start = document.plainText.indexOf(sentence);
    const flagged = await flagClaim(db, annotator, slug, { start, end: start + sentence.length, exact: sentence });
    if (!flagged.ok) throw new Error(flagged.message);
  }
  const all = await listSuggestions(db, slug, { all: true });
  if (!all.ok) throw new Error(all.message);
  for (const sentence of all.data.sentences!.filter((s) => NOTICES.includes(s.text))) {
    const dismissed = await dismissSuggestion(db, annotator, sentence.id);
    if (!dismissed.ok) throw new Error(dismissed.message);
  }
}
