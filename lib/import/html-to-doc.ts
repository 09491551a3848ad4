import { parseHTML } from "linkedom";
import type { TiptapBlock, TiptapDoc, TiptapMark, TiptapText } from "../document/blocks";
import { sanitizeImportedHtml } from "./sanitize-import";

type DomNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
};

const ELEMENT = 1;
const TEXT = 3;

/** Block-level tags: inline runs around them become their own paragraphs. */
const BLOCK_TAGS = new Set([
  "P",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "UL",
  "OL",
  "LI",
  "BLOCKQUOTE",
  "TABLE",
  "THEAD",
  "TBODY",
  "TFOOT",
  "TR",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "FIGURE",
  "FIGCAPTION",
  "PRE",
  "DL",
  "DT",
  "DD",
  "HR",
  "CAPTION",
]);

const HEADING_LEVEL: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 3, H5: 3, H6: 3 };

/** How a stretch of inline text is marked: the link it is in, and the author's emphasis. */
interface InlineStyle {
  href: string | null;
  bold: boolean;
  italic: boolean;
}

const PLAIN: InlineStyle = { href: null, bold: false, italic: false };

function marksOf(style: InlineStyle): TiptapMark[] {
  const marks: TiptapMark[] = [];
  if (style.bold) marks.push({ type: "bold" });
  if (style.italic) marks.push({ type: "italic" });
  if (style.href) marks.push({ type: "link", attrs: { href: style.href } });
  return marks;
}

/** A text node's style again, from its marks (a table cell's parts joined into a row). */
function styleOf(part: TiptapText): InlineStyle {
  const link = part.marks?.find((mark) => mark.type === "link");
  return {
    href: link && "attrs" in link ? link.attrs.href : null,
    bold: part.marks?.some((mark) => mark.type === "bold") ?? false,
    italic: part.marks?.some((mark) => mark.type === "italic") ?? false,
  };
}

const sameStyle = (a: InlineStyle, b: InlineStyle) => a.href === b.href && a.bold === b.bold && a.italic === b.italic;

/** Inline content being gathered into one textblock. */
class InlineRun {
  private parts: { text: string; style: InlineStyle }[] = [];

  add(text: string, style: InlineStyle) {
    if (!text) return;
    const last = this.parts[this.parts.length - 1];
    if (last && sameStyle(last.style, style)) last.text += text;
    else this.parts.push({ text, style });
  }

  /** The run's text nodes with HTML whitespace rules applied: runs collapse, ends trim. */
  take(): TiptapText[] {
    const parts = this.parts;
    this.parts = [];
    for (const part of parts) part.text = part.text.replace(/[\s\u00a0]+/g, " ");
    parts.forEach((part, i) => {
      if (i > 0 && parts[i - 1]!.text.endsWith(" ") && part.text.startsWith(" ")) part.text = part.text.slice(1);
    });
    const first = parts[0];
    if (first) first.text = first.text.trimStart();
    const last = parts[parts.length - 1];
    if (last) last.text = last.text.trimEnd();
    return parts
      .filter((part) => part.text.length > 0)
      .map(({ text, style }) => {
        const marks = marksOf(style);
        return marks.length ? { type: "text", text, marks } : { type: "text", text };
      });
  }
}

const BOLD_TAGS = new Set(["STRONG", "B"]);
const ITALIC_TAGS = new Set(["EM", "I"]);

/** Adds one node's inline content (text, links, emphasis, image alt text) to a run. */
function addInline(node: DomNode, run: InlineRun, style: InlineStyle) {
  if (node.nodeType === TEXT) return run.add(node.textContent ?? "", style);
  if (node.nodeType !== ELEMENT) return;
  const name = node.nodeName.toUpperCase();
  if (name === "BR") return run.add(" ", style);
  if (name === "IMG") {
    const alt = node.getAttribute?.("alt")?.trim();
    if (alt) run.add(` [${alt}] `, style);
    return;
  }
  if (name === "A") return collectInline(node, run, { ...style, href: node.getAttribute?.("href") || style.href });
  if (BOLD_TAGS.has(name)) return collectInline(node, run, { ...style, bold: true });
  if (ITALIC_TAGS.has(name)) return collectInline(node, run, { ...style, italic: true });
  const block = BLOCK_TAGS.has(name);
  if (block) run.add(" ", style);
  collectInline(node, run, style);
  if (block) run.add(" ", style);
}

/** Adds a subtree's children's inline content to a run. */
function collectInline(node: DomNode, run: InlineRun, style: InlineStyle) {
  for (const child of Array.from(node.childNodes)) addInline(child, run, style);
}

function paragraphOf(content: TiptapText[]): TiptapBlock | null {
  return content.length ? { type: "paragraph", content } : null;
}

/** A table row's cells, as one paragraph ("cell | cell | cell"). */
function rowParagraph(row: DomNode): TiptapBlock | null {
  const run = new InlineRun();
  let first = true;
  for (const cell of Array.from(row.childNodes)) {
    if (cell.nodeType !== ELEMENT || !["TD", "TH"].includes(cell.nodeName.toUpperCase())) continue;
    const cellRun = new InlineRun();
    collectInline(cell, cellRun, PLAIN);
    const parts = cellRun.take();
    if (!parts.length) continue;
    if (!first) run.add(" | ", PLAIN);
    first = false;
    for (const part of parts) run.add(part.text, styleOf(part));
  }
  return paragraphOf(run.take());
}

/** Converts a container's children to blocks; inline runs between blocks become paragraphs. */
function blocksOf(node: DomNode): TiptapBlock[] {
  const blocks: TiptapBlock[] = [];
  const run = new InlineRun();
  const flush = () => {
    const paragraph = paragraphOf(run.take());
    if (paragraph) blocks.push(paragraph);
  };
  for (const child of Array.from(node.childNodes)) {
    const name = child.nodeName.toUpperCase();
    if (child.nodeType !== ELEMENT || !BLOCK_TAGS.has(name)) {
      addInline(child, run, PLAIN);
      continue;
    }
    flush();
    blocks.push(...blockFor(child, name));
  }
  flush();
  return blocks;
}

function blockFor(node: DomNode, name: string): TiptapBlock[] {
  if (name in HEADING_LEVEL) {
    const run = new InlineRun();
    collectInline(node, run, PLAIN);
    const content = run.take();
    return content.length ? [{ type: "heading", attrs: { level: HEADING_LEVEL[name] ?? 3 }, content }] : [];
  }
  if (name === "P" || name === "DT" || name === "FIGCAPTION" || name === "CAPTION" || name === "PRE") {
    const run = new InlineRun();
    collectInline(node, run, PLAIN);
    const paragraph = paragraphOf(run.take());
    return paragraph ? [paragraph] : [];
  }
  if (name === "UL" || name === "OL") {
    const items: TiptapBlock[] = [];
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== ELEMENT) continue;
      const content =
        child.nodeName.toUpperCase() === "LI" ? blocksOf(child) : blockFor(child, child.nodeName.toUpperCase());
      if (content.length) items.push({ type: "listItem", content: startsWithParagraph(content) });
    }
    if (!items.length) return [];
    if (name === "UL") return [{ type: "bulletList", content: items }];
    const start = Number(node.getAttribute?.("start"));
    return [
      Number.isInteger(start) && start > 1
        ? { type: "orderedList", attrs: { start }, content: items }
        : { type: "orderedList", content: items },
    ];
  }
  if (name === "BLOCKQUOTE") {
    const content = blocksOf(node);
    return content.length ? [{ type: "blockquote", content }] : [];
  }
  if (name === "TR") {
    const row = rowParagraph(node);
    return row ? [row] : [];
  }
  if (name === "HR") return [];
  // Tables, sections and other containers: their blocks, in order (tables row by row).
  return blocksOf(node);
}

/** ProseMirror's listItem starts with a paragraph; a list directly inside gets an empty-free lead. */
function startsWithParagraph(content: TiptapBlock[]): TiptapBlock[] {
  const lead = content[0];
  if (!lead || lead.type === "paragraph") return content;
  if (lead.type === "heading") return [{ type: "paragraph", content: lead.content }, ...content.slice(1)];
  return [{ type: "paragraph", content: [{ type: "text", text: "•" }] }, ...content];
}

/**
 * Converts HTML (any source) to the reader's Tiptap JSON: sanitised first, then headings
 * 1–3 (4–6 become 3), paragraphs, lists, block quotes and links; tables become a paragraph
 * per row, images their alt text in brackets; whitespace collapses as a browser would show it.
 */
export function htmlToDoc(html: string): TiptapDoc {
  const clean = sanitizeImportedHtml(html);
  const { document } = parseHTML(`<!doctype html><html><body>${clean}</body></html>`);
  return { type: "doc", content: blocksOf(document.body as unknown as DomNode) };
}
