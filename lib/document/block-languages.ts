import { detectLanguage } from "../text/detect-language";
import { textblockTexts, type TiptapDoc } from "./blocks";

export interface DocumentLanguages {
  /** The document's own: set by hand in its details, else the language with the most letters (null: nothing told). */
  document: string | null;
  /** Each textblock's, in reading order (lib/document/blocks.ts textblockTexts); a short one takes the document's. */
  blocks: (string | null)[];
}

/** What reading a revision's paragraphs found, before anyone's say: kept, since a revision never changes. */
interface Detected {
  document: string | null;
  blocks: (string | null)[];
}

/**
 * The languages of a document's paragraphs and of the document as a whole: every paragraph is
 * read (lib/text/detect-language.ts), and the language with the most letters is the
 * document's, unless its details say otherwise (`declared`), which also goes to paragraphs
 * too short to tell. A revision never changes, so what was read is kept (REMEMBERED revisions).
 */
export function documentLanguages(doc: TiptapDoc, revisionKey?: string, declared?: string | null): DocumentLanguages {
  const detected = detectedIn(doc, revisionKey);
  const document = declared ?? detected.document;
  return { document, blocks: detected.blocks.map((language) => language ?? document) };
}

function detectedIn(doc: TiptapDoc, revisionKey: string | undefined): Detected {
  const kept = revisionKey ? remembered.get(revisionKey) : undefined;
  if (kept) return kept;
  const texts = textblockTexts(doc);
  const blocks = texts.map(detectLanguage);
  const letters = new Map<string, number>();
  blocks.forEach((language, i) => {
    if (language) letters.set(language, (letters.get(language) ?? 0) + texts[i]!.length);
  });
  const detected = { document: [...letters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null, blocks };
  if (revisionKey) {
    remembered.set(revisionKey, detected);
    if (remembered.size > REMEMBERED) remembered.delete(remembered.keys().next().value!);
  }
  return detected;
}

const REMEMBERED = 256;
const remembered = new Map<string, Detected>();
