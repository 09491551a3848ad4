import type { Db } from "../../db";
import { isUniqueViolation } from "../../db/errors";
import { plainTextOf, tiptapDocOf } from "../../document/blocks";
import { parseEssay } from "../../document/parse-essay";
import { documentSearchText } from "../../document/search-text";
import { recordEvent } from "../events/record-event";
import { activeModel } from "../suggestions/desk-model";
import { sentenceScoreRows } from "../../checkworthiness/score-rows";
import { storeSentenceScores } from "../suggestions/sentence-scores";

export const ESSAY_SLUG = "open-vs-closed-source-ai";

/**
 * Adds the sample essay once. Running it again (every start does) changes nothing: the
 * slug is unique, and a concurrent second seeder's insert fails on it and is ignored.
 * Returns true when it added the document.
 */
export async function seedEssay(db: Db, essayText: string): Promise<boolean> {
  if (await db.document.findUnique({ where: { slug: ESSAY_SLUG }, select: { id: true } })) return false;
  const blocks = parseEssay(essayText);
  const title = blocks[0]?.text.trim() || "Untitled";
  const scored = sentenceScoreRows(
    plainTextOf(blocks),
    new Set(blocks.flatMap((block, line) => (block.type === "heading" ? [line] : []))),
    (await activeModel(db)).model,
  );
  try {
    const documentId = await db.$transaction(async (tx) => {
      const document = await tx.document.create({
        data: {
          slug: ESSAY_SLUG,
          title,
          plainText: plainTextOf(blocks),
          contentJson: JSON.stringify(tiptapDocOf(blocks)),
          searchText: documentSearchText(title, null),
        },
      });
      await tx.documentRevision.create({
        data: {
          documentId: document.id,
          number: 1,
          plainText: document.plainText,
          contentJson: document.contentJson,
          sourceKind: "seed",
          sourceName: "essay.txt",
          sentenceCount: scored.length,
        },
      });
      await recordEvent(tx, {
        actorId: null,
        action: "document.seed",
        entityType: "document",
        entityId: document.id,
        documentId: document.id,
        after: { slug: ESSAY_SLUG, title },
      });
      return document.id;
    });
    await storeSentenceScores(db, documentId, 1, scored);
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
