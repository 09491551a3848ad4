/** W3C Web Annotation TextQuoteSelector (https://www.w3.org/TR/annotation-model/#text-quote-selector). */
export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * W3C Web Annotation TextPositionSelector: [start, end) offsets in UTF-16 code units into
 * the document's plain text (lib/document/blocks.ts plainTextOf).
 */
export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}
