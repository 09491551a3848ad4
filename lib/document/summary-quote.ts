/** Characters of a claim's quote the claim list shows; the panel loads the whole claim. */
export const SUMMARY_QUOTE_LENGTH = 140;

/** Cuts a quote for the claim list. */
export function summaryQuote(exact: string): string {
  return exact.length > SUMMARY_QUOTE_LENGTH ? `${exact.slice(0, SUMMARY_QUOTE_LENGTH)}…` : exact;
}
