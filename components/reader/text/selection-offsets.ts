import type { Editor } from "@tiptap/react";
import { pmToPlainOffset } from "@/lib/anchoring/pm-offsets";
import { blockExtentsOf } from "./extensions/claim-highlights";

export type DomSelectionInfo =
  { kind: "none" } | { kind: "outside" } | { kind: "inside"; start: number; end: number; rect: DOMRect };

/**
 * Reads the browser's selection as plain-text offsets of the document. "outside" means the
 * selection starts or ends beyond the document (it is refused when flagged).
 */
export function readSelection(editor: Editor): DomSelectionInfo {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { kind: "none" };
  const root = editor.view.dom;
  const anchorInside = selection.anchorNode ? root.contains(selection.anchorNode) : false;
  const focusInside = selection.focusNode ? root.contains(selection.focusNode) : false;
  if (!anchorInside && !focusInside) return { kind: "none" };
  const range = selection.getRangeAt(0);
  if (!anchorInside || !focusInside) return { kind: "outside" };
  const blocks = blockExtentsOf(editor.state.doc);
  const from = editor.view.posAtDOM(range.startContainer, range.startOffset);
  const to = editor.view.posAtDOM(range.endContainer, range.endOffset);
  return {
    kind: "inside",
    start: pmToPlainOffset(blocks, from),
    end: pmToPlainOffset(blocks, to),
    rect: range.getBoundingClientRect(),
  };
}
