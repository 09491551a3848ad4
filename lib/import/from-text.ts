import type { TiptapDoc } from "../document/blocks";

/**
 * Plain text to paragraphs. With blank lines in it, a blank line ends a paragraph and the
 * lines inside one are joined with a space (hard-wrapped text, e-mails); without any, each
 * line is a paragraph (text pasted from a page or a chat). Spaces inside a line are kept.
 */
export function textToDoc(source: string): TiptapDoc {
  const text = source.replace(/\r\n?/g, "\n").replace(/\u0000/g, "");
  const hasBlankLines = /\n[ \t]*\n/.test(text.trim());
  const paragraphs = hasBlankLines
    ? text.split(/\n[ \t]*\n/).map((para) =>
        para
          .split("\n")
          .map((line) => line.trim())
          .filter(Boolean)
          .join(" "),
      )
    : text.split("\n").map((line) => line.trim());
  return {
    type: "doc",
    content: paragraphs
      .filter((para) => para.length > 0)
      .map((para) => ({ type: "paragraph", content: [{ type: "text", text: para }] })),
  };
}
