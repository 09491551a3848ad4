import { detectLanguage } from "../text/detect-language";
import { textblockTexts, type TiptapDoc } from "./blocks";

export interface DocumentLanguages {
  /** The language with the most letters: the document's own (null when nothing could be told). */
  document: string | null;
  /** Each textblock's, in reading order (lib/document/blocks.ts textblockTexts); a short one takes the document's. */
  blocks: (string | null)[];
}

/**
 * The languages of a document's paragraphs and of the document as a whole: every paragraph is
 * read (lib/text/detect-language.ts), and the language with the most letters is the
 * document's. A revision never changes, so its answer is kept (REMEMBERED revisions).
 */
export function documentLanguages(doc: TiptapDoc, revisionKey?: string): DocumentLanguages {
  const kept = revisionKey ? remembered.get(revisionKey) : undefined;
  if (kept) return kept;
  const texts = textblockTexts(doc);
  const found = texts.map(detectLanguage);
  const letters = new Map<string, number>();
  found.forEach((language, i) => {
    if (language) letters.set(language, (letters.get(language) ?? 0) + texts[i]!.length);
  });
  const document = [...letters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const result = { document, blocks: found.map((language) => language ?? document) };
  if (revisionKey) {
    remembered.set(revisionKey, result);
    if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value!);
  }
  return result;
}

const REMEMBERED = 256;
const remembered = new Map<string, DocumentLanguages>();
