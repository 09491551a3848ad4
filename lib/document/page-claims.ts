import { summaryQuote } from "./summary-quote";

/**
 * A claim's fields as it is flagged: no verdict and no notes yet, anchored where it was
 * flagged, no cited source changed. Most claims on a page are still so: a field equal to its
 * value here is left out of the page and put back by the reader (at 5,000 highlights these
 * fields were ~100 of a claim's ~230 bytes).
 */
export const JUST_FLAGGED = {
  status: "FLAGGED",
  finalVerdict: null,
  noteCount: 0,
  anchored: true,
  anchorState: "exact",
  sourceChanged: false,
} as const;

type UsualField = keyof typeof JUST_FLAGGED;
const USUAL_FIELDS = Object.keys(JUST_FLAGGED) as UsualField[];

/** A claim as the reader's list holds it: its place in the plain text, its (cut) quote, and the usual fields. */
type PageClaim = { start: number; end: number; exact: string } & { [K in UsualField]: unknown };

/** A claim as the reader page sends it: without what the reader can work out for itself. */
export type CompactPageClaim<C extends PageClaim> = Omit<C, "exact" | UsualField> &
  Partial<Pick<C, "exact" | UsualField>>;

/**
 * The page's claims without the quotes the reader can cut from the text it has anyway (every
 * claim anchored where its words are: all but orphans and stale anchors) and without the
 * fields at their usual values. At 5,000 highlights the quotes were 700 KB of a 2.9 MB page,
 * serialised by the server and parsed by the browser before the first highlight is painted
 * (npm run bench, the moonshot).
 */
export function compactPageClaims<C extends PageClaim>(claims: readonly C[], plainText: string): CompactPageClaim<C>[] {
  return claims.map((claim) => {
    const compact: Record<string, unknown> = { ...claim };
    if (claim.exact === summaryQuote(plainText.slice(claim.start, claim.end))) delete compact.exact;
    for (const field of USUAL_FIELDS) if (compact[field] === JUST_FLAGGED[field]) delete compact[field];
    return compact as CompactPageClaim<C>;
  });
}

/** The claims whole again: each quote cut from `plainText`, each usual field put back where the page left it out. */
export function fullPageClaims<C extends PageClaim>(claims: readonly CompactPageClaim<C>[], plainText: string): C[] {
  return claims.map(
    (claim) =>
      ({
        ...JUST_FLAGGED,
        ...claim,
        exact: claim.exact ?? summaryQuote(plainText.slice(claim.start, claim.end)),
      }) as unknown as C,
  );
}
