import { comparableText } from "../text/fold";
/** A top-level block of a document: the unit the reader renders and anchoring counts in. */
export type DocumentBlock = { type: "heading"; level: 1 | 2 | 3; text: string } | { type: "paragraph"; text: string };

/** The subset of Tiptap/ProseMirror JSON that Claimmark documents use. */
export interface TiptapDoc {
  type: "doc";
  content: TiptapBlock[];
}

/** A link mark on a text node (only http:, https: and mailto: targets survive import). */
export interface TiptapLinkMark {
  type: "link";
  attrs: { href: string };
}

/** Whether the reader shows a link's target as a link: web and mail addresses only, as import keeps them. */
export const isReaderLinkTarget = (href: string): boolean => /^(https?:|mailto:)/i.test(href);

/** The author's emphasis, kept from Markdown, Word and HTML: read-only in the reader, like the text. */
export type TiptapEmphasisMark = { type: "bold" } | { type: "italic" };

export type TiptapMark = TiptapLinkMark | TiptapEmphasisMark;

export interface TiptapText {
  type: "text";
  text: string;
  marks?: TiptapMark[];
}

/**
 * The reader's schema: textblocks (heading, paragraph) hold text; containers (lists, list
 * items, block quotes) hold blocks. Only textblocks contribute to the plain text.
 */
export type TiptapBlock =
  | { type: "heading"; attrs: { level: number }; content?: TiptapText[] }
  | { type: "paragraph"; content?: TiptapText[] }
  | { type: "bulletList"; content: TiptapBlock[] }
  | { type: "orderedList"; attrs?: { start: number }; content: TiptapBlock[] }
  | { type: "listItem"; content: TiptapBlock[] }
  | { type: "blockquote"; content: TiptapBlock[] };

/** A heading or a paragraph: the blocks that hold text. */
export type Textblock = Extract<TiptapBlock, { type: "heading" | "paragraph" }>;

const isTextblock = (block: TiptapBlock): block is Textblock => block.type === "heading" || block.type === "paragraph";

/** A textblock's text: its text nodes joined, marks aside. */
export const textOfTextblock = (block: Textblock): string => (block.content ?? []).map((child) => child.text).join("");

/** Every textblock's text, in reading order (depth first), the units of the plain text. */
export function textblockTexts(doc: TiptapDoc): string[] {
  const texts: string[] = [];
  const walk = (blocks: readonly TiptapBlock[]) => {
    for (const block of blocks) {
      if (isTextblock(block)) texts.push(textOfTextblock(block));
      else walk(block.content);
    }
  };
  walk(doc.content);
  return texts;
}

/** The 0-based lines of the plain text that are headings (each textblock is one line). */
export function headingLineNumbers(doc: TiptapDoc): Set<number> {
  const lines = new Set<number>();
  let line = 0;
  const walk = (blocks: readonly TiptapBlock[]) => {
    for (const block of blocks) {
      if (isTextblock(block)) {
        if (block.type === "heading") lines.add(line);
        line++;
      } else walk(block.content);
    }
  };
  walk(doc.content);
  return lines;
}

/** The plain text of any document: its textblocks' texts joined by "\n" (the coordinate system). */
export function plainTextOfDoc(doc: TiptapDoc): string {
  return textblockTexts(doc).join("\n");
}

/**
 * The document's plain text, the coordinate system of every TextPositionSelector:
 * the blocks' texts joined by a single "\n" (no trailing newline).
 */
export function plainTextOf(blocks: readonly DocumentBlock[]): string {
  return blocks.map((block) => block.text).join("\n");
}

/** Converts blocks to the Tiptap JSON the read-only reader loads. */
export function tiptapDocOf(blocks: readonly DocumentBlock[]): TiptapDoc {
  return {
    type: "doc",
    content: blocks.map((block) => {
      const content = block.text ? [{ type: "text" as const, text: block.text }] : undefined;
      return block.type === "heading"
        ? { type: "heading", attrs: { level: block.level }, content }
        : { type: "paragraph", content };
    }),
  };
}

/** Reads flat blocks back out of Tiptap JSON made of top-level textblocks (the inverse of tiptapDocOf). */
export function blocksOfTiptapDoc(doc: TiptapDoc): DocumentBlock[] {
  return doc.content.filter(isTextblock).map((node) => {
    const text = textOfTextblock(node);
    if (node.type === "heading") {
      const level = node.attrs.level === 1 || node.attrs.level === 3 ? node.attrs.level : 2;
      return { type: "heading", level, text };
    }
    return { type: "paragraph", text };
  });
}

/**
 * Whether the document's text opens with its own title as a top-level heading (the seeded
 * essay, a Markdown file that starts "# Title"): then that heading is the page's title, and
 * the reader does not print the title a second time above it.
 */
export function opensWithTitle(doc: TiptapDoc, title: string): boolean {
  const first = doc.content[0];
  if (!first || first.type !== "heading" || first.attrs.level !== 1) return false;
  return comparableText(textOfTextblock(first)) === comparableText(title);
}
