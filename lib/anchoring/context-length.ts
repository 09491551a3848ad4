/** Characters of context kept before and after a quote (prefix/suffix), as Hypothesis does. */
export const QUOTE_CONTEXT_LENGTH = 32;
