import { VERDICTS, type Verdict } from "./verdicts";

/** The panel's claim-list filters (issue 13): the person's own, what needs work, by verdict. */
export const CLAIM_LIST_FILTERS = [
  "all",
  "mine",
  "needs-note",
  "in-review",
  "reviewed",
  ...VERDICTS.map((v) => `verdict:${v}` as const),
] as const;
export type ClaimListFilter = (typeof CLAIM_LIST_FILTERS)[number];

export const isClaimListFilter = (value: string): value is ClaimListFilter =>
  (CLAIM_LIST_FILTERS as readonly string[]).includes(value);

interface ListedClaim {
  exact: string;
  status: string;
  finalVerdict: Verdict | null;
  noteCount: number;
  authorId: string;
}

/**
 * The claims a filter and a search leave in the list, in their order. The search matches the
 * quote's words, case- and accent-insensitively; "Mine" means flagged by the viewer.
 */
export function filterClaimList<T extends ListedClaim>(
  claims: readonly T[],
  filter: ClaimListFilter,
  search: string,
  viewerId: string | null,
): T[] {
  const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const words = fold(search).split(/\s+/).filter(Boolean);
  return claims.filter((claim) => {
    if (filter === "mine" && claim.authorId !== viewerId) return false;
    if (filter === "needs-note" && claim.noteCount > 0) return false;
    if (filter === "in-review" && claim.status !== "IN_REVIEW") return false;
    if (filter === "reviewed" && claim.status !== "REVIEWED") return false;
    if (filter.startsWith("verdict:") && claim.finalVerdict !== filter.slice("verdict:".length)) return false;
    if (words.length === 0) return true;
    const quote = fold(claim.exact);
    return words.every((word) => quote.includes(word));
  });
}
