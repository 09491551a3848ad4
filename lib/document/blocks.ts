/** A top-level block of a document: the unit the reader renders and anchoring counts in. */
export type DocumentBlock =
  | { type: "heading"; level: 1 | 2 | 3; text: string }
  | { type: "paragraph"; text: string };

/** The subset of Tiptap/ProseMirror JSON that Claimmark documents use. */
export interface TiptapDoc {
  type: "doc";
  content: TiptapBlock[];
}

export interface TiptapBlock {
  type: "heading" | "paragraph";
  attrs?: { level: number };
  content?: { type: "text"; text: string }[];
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

/** Reads the blocks back out of Tiptap JSON (the inverse of tiptapDocOf). */
export function blocksOfTiptapDoc(doc: TiptapDoc): DocumentBlock[] {
  return doc.content.map((node) => {
    const text = (node.content ?? []).map((child) => child.text).join("");
    if (node.type === "heading") {
      const level = node.attrs?.level === 1 || node.attrs?.level === 3 ? node.attrs.level : 2;
      return { type: "heading", level, text };
    }
    return { type: "paragraph", text };
  });
}
