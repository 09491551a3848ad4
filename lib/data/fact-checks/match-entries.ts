import type { Db, Tx } from "../../db";
import type { Checkable } from "../../claim-matching/rank-similar";
import { takeNamedLock } from "../named-lock";
import { addToMatchIndex, removeFromMatchIndex } from "./match-index";

/** What the index holds of each kind, and under which key. */
export const claimKey = (id: string) => `claim:${id}`;
export const factCheckKey = (id: string) => `factcheck:${id}`;

export const factCheckEntry = (f: {
  id: string;
  claimReviewed: string;
  headline: string | null;
  appearance: string | null;
  inLanguage: string | null;
}): Checkable => ({
  key: factCheckKey(f.id),
  text: f.claimReviewed,
  headline: f.headline,
  appearance: f.appearance,
  language: f.inLanguage,
});

/** What the index reads of an imported fact-check. */
export const FACT_CHECK_FIELDS = {
  id: true,
  claimReviewed: true,
  headline: true,
  appearance: true,
  inLanguage: true,
} as const;

/** A claim is an earlier fact-check once its final verdict is published, until it is reopened or withdrawn. */
export const PUBLISHED = { status: "REVIEWED", finalVerdict: { not: null }, withdrawnAt: null } as const;

/**
 * Brings these claims' entries in line with them: a published claim is indexed by its words (and
 * its public fact-check's headline), any other taken out. Called in the transaction that
 * publishes, reopens or moves a claim, and in those that publish or unpublish its fact-check.
 */
export async function reindexClaims(tx: Tx, claimIds: readonly string[]): Promise<void> {
  if (claimIds.length === 0) return;
  const published = await tx.claim.findMany({
    where: { id: { in: [...claimIds] }, ...PUBLISHED },
    select: { id: true, exact: true, factCheck: { select: { headline: true, unpublishedAt: true } } },
  });
  const publishedIds = new Set(published.map((c) => c.id));
  await removeFromMatchIndex(tx, claimIds.filter((id) => !publishedIds.has(id)).map(claimKey));
  await addToMatchIndex(
    tx,
    published.map((c) => ({
      key: claimKey(c.id),
      text: c.exact,
      // A claim published to the public is also found by its public headline.
      headline: c.factCheck && !c.factCheck.unpublishedAt ? c.factCheck.headline : null,
    })),
  );
}

const BUILT_SETTING = "match-index:built";
const REBUILD_BATCH = 2000;

/**
 * Fills the index from the rows once, when it was never built: a database that had fact-checks
 * before the index moved into it (npm start runs this before serving). Afterwards every write
 * keeps it current. Several instances starting together on one database build it once: the
 * build holds a named lock, and whoever waited for it finds it built. Returns how many entries
 * it indexed (0 when it was built already).
 */
export async function ensureMatchIndex(db: Db): Promise<number> {
  if (await db.setting.findUnique({ where: { key: BUILT_SETTING } })) return 0;
  return db.$transaction(
    async (tx) => {
      await takeNamedLock(tx, "match-index-build");
      if (await tx.setting.findUnique({ where: { key: BUILT_SETTING } })) return 0;
      let indexed = 0;
      for (let cursor: string | undefined; ;) {
        const page = await tx.externalFactCheck.findMany({
          select: FACT_CHECK_FIELDS,
          orderBy: { id: "asc" },
          take: REBUILD_BATCH,
          ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
        });
        if (page.length === 0) break;
        await addToMatchIndex(tx, page.map(factCheckEntry));
        indexed += page.length;
        cursor = page.at(-1)!.id;
      }
      const claims = await tx.claim.findMany({ where: PUBLISHED, select: { id: true } });
      for (let i = 0; i < claims.length; i += REBUILD_BATCH)
        await reindexClaims(
          tx,
          claims.slice(i, i + REBUILD_BATCH).map((c) => c.id),
        );
      indexed += claims.length;
      await tx.setting.create({ data: { key: BUILT_SETTING, value: new Date().toISOString() } });
      return indexed;
    },
    // Once per database, over every fact-check it holds: minutes at a million.
    { timeout: 60 * 60_000, maxWait: 60_000 },
  );
}
