/**
 * A counter every publishing write bumps after it commits (publish, update, unpublish, reopen,
 * the desk's settings): the public pages' cache in this process keeps an entry only while the
 * counter is where it was when the entry was made. Other processes see a change when their
 * entries expire (server/publishing/public-cache.ts).
 */
let generation = 0;

export const publicGeneration = (): number => generation;

export function publicPagesChanged(): void {
  generation += 1;
}
