import MarkdownIt from "markdown-it";
import type { TiptapDoc } from "../document/blocks";
import { htmlToDoc } from "./html-to-doc";

// Raw HTML inside the Markdown is let through to the sanitiser, which keeps what the reader
// can show and drops the rest (scripts and handlers included), as for any HTML import.
const markdown = new MarkdownIt({ html: true, linkify: true });

export function markdownToDoc(source: string): TiptapDoc {
  return htmlToDoc(markdown.render(source));
}
