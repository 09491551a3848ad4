import { escapeHtml as e } from "../report/escape";
import { directionOf } from "../text/direction";
import { isReaderLinkTarget, type TiptapBlock, type TiptapMark } from "./blocks";
import type { DocumentLanguages } from "./block-languages";
import { HighlightSegmenter, type InlineSegment, type PlainRange } from "./highlight-segments";

/** A highlight as the reader draws it: where it is, and the classes that colour it. */
export interface StaticHighlight extends PlainRange {
  className: string;
}

function openMark(mark: TiptapMark): string {
  if (mark.type === "bold") return "<strong>";
  if (mark.type === "italic") return "<em>";
  if (!isReaderLinkTarget(mark.attrs.href)) return "";
  return `<a href="${e(mark.attrs.href)}" rel="noopener noreferrer nofollow" target="_blank">`;
}

function closeMark(mark: TiptapMark): string {
  if (mark.type === "bold") return "</strong>";
  if (mark.type === "italic") return "</em>";
  return isReaderLinkTarget(mark.attrs.href) ? "</a>" : "";
}

function segmentHtml(segment: InlineSegment<StaticHighlight>): string {
  let html = "";
  for (const mark of segment.marks) html += openMark(mark);
  for (const h of segment.highlights) html += `<mark class="claim-mark ${e(h.className)}">`;
  html += e(segment.text);
  html += "</mark>".repeat(segment.highlights.length);
  for (let i = segment.marks.length - 1; i >= 0; i--) html += closeMark(segment.marks[i]!);
  return html;
}

const languageAttributes = (language: string | null | undefined) =>
  language ? ` lang="${e(language)}" dir="${directionOf(language)}"` : "";

/**
 * The inside of the reader's text as HTML, each claim drawn as the editor draws it (a
 * `<mark class="claim-mark …">`, nested where claims overlap), with each block's language:
 * what the page shows of a long text before its editor has loaded
 * (components/reader/text/static-document.tsx). Every text and attribute is escaped: the
 * author's words are never markup. The marks carry no claim id: nothing here can be opened.
 */
export function staticDocumentHtml(
  blocks: readonly TiptapBlock[],
  highlights: readonly StaticHighlight[],
  languages?: DocumentLanguages,
): string {
  const segmenter = new HighlightSegmenter(highlights);
  let textblock = 0;
  const render = (children: readonly TiptapBlock[]): string => {
    let html = "";
    for (const block of children) {
      if (block.type === "heading" || block.type === "paragraph") {
        const attributes = languageAttributes(languages?.blocks[textblock++]);
        const segments = segmenter.segmentsOf(block);
        // An empty block keeps a line's height, as the editor's trailing <br> gives it.
        const inline = segments.length ? segments.map(segmentHtml).join("") : "<br>";
        const tag = block.type === "paragraph" ? "p" : `h${Math.min(3, Math.max(1, block.attrs.level))}`;
        html += `<${tag}${attributes}>${inline}</${tag}>`;
      } else if (block.type === "orderedList") {
        const start = block.attrs?.start;
        html += `<ol${Number.isInteger(start) ? ` start="${start}"` : ""}>${render(block.content)}</ol>`;
      } else {
        const tag = block.type === "bulletList" ? "ul" : block.type === "listItem" ? "li" : "blockquote";
        html += `<${tag}>${render(block.content)}</${tag}>`;
      }
    }
    return html;
  };
  return render(blocks);
}
