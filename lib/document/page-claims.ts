import { summaryQuote } from "./summary-quote";

/** A claim as the reader's list holds it: its place in the plain text and its (cut) quote. */
interface Quoted {
  start: number;
  end: number;
  exact: string;
}

/** A claim as the reader page sends it: without its quote when the text's own slice gives it. */
export type QuoteOptional<C extends Quoted> = Omit<C, "exact"> & { exact?: string };

/**
 * The page's claims without the quotes the reader can cut from the text it has anyway: every
 * claim anchored where its words are (all but orphans and stale anchors). At 5,000 highlights
 * the quotes were 700 KB of a 2.9 MB page, serialised by the server and parsed by the browser
 * before the first highlight is painted (npm run bench, the moonshot).
 */
export function withoutDerivableQuotes<C extends Quoted>(claims: readonly C[], plainText: string): QuoteOptional<C>[] {
  return claims.map((claim) => {
    if (claim.exact !== summaryQuote(plainText.slice(claim.start, claim.end))) return claim;
    const { exact: _derivable, ...rest } = claim;
    return rest;
  });
}

/** The claims with every quote back, cut from `plainText` where the page left one out. */
export function withQuotes<C extends Quoted>(claims: readonly QuoteOptional<C>[], plainText: string): C[] {
  return claims.map((claim) =>
    claim.exact === undefined
      ? ({ ...claim, exact: summaryQuote(plainText.slice(claim.start, claim.end)) } as C)
      : (claim as C),
  );
}
