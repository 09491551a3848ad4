"use client";

import { useEffect, useRef } from "react";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { TextSelection } from "@tiptap/pm/state";
import { sentenceAt } from "@/lib/text/sentence-at";
import Document from "@tiptap/extension-document";
import Heading from "@tiptap/extension-heading";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import Blockquote from "@tiptap/extension-blockquote";
import Link from "@tiptap/extension-link";
import Bold from "@tiptap/extension-bold";
import Italic from "@tiptap/extension-italic";
import { BulletList, ListItem, OrderedList } from "@tiptap/extension-list";
import { isReaderLinkTarget, type TiptapDoc } from "@/lib/document/blocks";
import { useLatest } from "../../use-latest";
import { ClaimHighlights, type ClaimHighlight } from "./extensions/claim-highlights";
import { SuggestionHighlights, type SuggestionHighlight } from "./extensions/suggestion-highlights";
import { KeepTextUnchanged } from "./extensions/keep-text-unchanged";
import { BlockLanguages } from "./extensions/block-languages";
import type { DocumentLanguages } from "@/lib/document/block-languages";
import { directionOf } from "@/lib/text/direction";
import { moveBetweenHighlights, placeTabStop } from "./extensions/roving-highlights";
import { StaticDocument } from "./static-document";

interface Props {
  content: TiptapDoc;
  highlights: ClaimHighlight[];
  onReady: (editor: Editor) => void;
  onClaimClick: (claimId: string) => void;
  /**
   * Suggested claims to underline (none when the Suggestions toggle is off), and what to do when
   * one is clicked, or chosen with Enter or Space (`fromKeyboard`).
   */
  suggestions?: {
    highlights: SuggestionHighlight[];
    onOpen: (suggestionId: string, element: HTMLElement, fromKeyboard: boolean) => void;
  };
  /**
   * "Select text with the keyboard": a caret and Shift+arrows in the (still unchangeable) text,
   * and the keys that act then, where the page's own shortcuts stand aside for the caret.
   */
  caret?: { on: boolean; onKey: (key: "Escape" | "Shift+F") => void };
  /** The open claim: its highlight is the document's tab stop. */
  activeClaimId?: string | null;
  /** The document's language and each paragraph's: `lang` and `dir` on the text and on every block. */
  languages?: DocumentLanguages;
}

const NO_SUGGESTIONS: SuggestionHighlight[] = [];

/** The document in a read-only Tiptap editor, with claims drawn as highlight decorations. */
export function DocumentView({
  content,
  highlights,
  onReady,
  onClaimClick,
  suggestions,
  caret,
  activeClaimId = null,
  languages,
}: Props) {
  const t = useTranslations("Reader");
  const caretMode = caret?.on ?? false;
  const caretKeyRef = useLatest(caret?.onKey);
  const onSuggestionOpen = suggestions?.onOpen;
  const suggestionHighlights = suggestions?.highlights ?? NO_SUGGESTIONS;
  const frameRef = useRef<HTMLDivElement>(null);
  const editor = useEditor({
    immediatelyRender: false,
    editable: false,
    extensions: [
      Document,
      Paragraph,
      Text,
      Heading.configure({ levels: [1, 2, 3] }),
      BulletList,
      OrderedList,
      ListItem,
      Blockquote,
      // The author's emphasis, shown as it was written; no shortcut or typed "**" can add any
      // (and keep-text-unchanged.ts drops any change to the document anyway).
      Bold.extend({ addKeyboardShortcuts: () => ({}), addInputRules: () => [], addPasteRules: () => [] }),
      Italic.extend({ addKeyboardShortcuts: () => ({}), addInputRules: () => [], addPasteRules: () => [] }),
      // Links from imported documents: shown as links, never passing a window handle, referrer or ranking.
      Link.configure({
        openOnClick: true,
        autolink: false,
        linkOnPaste: false,
        protocols: [],
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: "_blank", class: null },
        isAllowedUri: isReaderLinkTarget,
      }),
      ClaimHighlights.configure({ highlights }),
      SuggestionHighlights,
      KeepTextUnchanged,
      BlockLanguages.configure({ languages: languages?.blocks ?? [] }),
    ],
    content,
    editorProps: {
      attributes: {
        class: "document-text",
        "aria-label": t("documentText"),
        role: "article",
        ...(languages?.document ? { lang: languages.document, dir: directionOf(languages.document) } : {}),
      },
      handleKeyDown: (view, event) => {
        if (!view.editable) return false;
        if (event.key === "Escape") caretKeyRef.current?.("Escape");
        else if (event.key === "F" && event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey)
          caretKeyRef.current?.("Shift+F");
        else if (event.key === "S" && event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
          // Shift+S: the sentence at the caret, selected, ready for Shift+F.
          const { $from } = view.state.selection;
          const sentence = sentenceAt($from.parent.textContent, $from.parentOffset);
          if (!sentence) return false;
          const base = $from.start();
          view.dispatch(
            view.state.tr.setSelection(
              TextSelection.create(view.state.doc, base + sentence.start, base + sentence.end),
            ),
          );
        } else return false;
        event.preventDefault();
        return true;
      },
    },
  });

  const ready = useRef(false);
  useEffect(() => {
    if (editor && !ready.current) {
      ready.current = true;
      onReady(editor);
    }
  }, [editor, onReady]);

  // A new list of claims redraws only the marks whose place or look changed (claim-highlights.ts);
  // opening a claim redraws none: it only moves the tab stop.
  const activeRef = useLatest(activeClaimId);
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.setClaimHighlights(highlights);
    // A redrawn mark comes back with tabindex -1: give the tab stop back to the open claim.
    if (frameRef.current) placeTabStop(frameRef.current, activeRef.current);
  }, [editor, highlights, activeRef]);
  useEffect(() => {
    if (frameRef.current) placeTabStop(frameRef.current, activeClaimId);
  }, [activeClaimId]);

  // Caret mode: the text becomes "editable" so the browser shows a caret (nothing can change it,
  // keep-text-unchanged.ts); the caret starts where the person was reading, or at the start.
  useEffect(() => {
    if (!editor || editor.isDestroyed || editor.isEditable === caretMode) return;
    editor.setEditable(caretMode, false);
    if (caretMode)
      editor.commands.focus(editor.state.selection.empty && editor.state.selection.from <= 1 ? "start" : null, {
        scrollIntoView: false,
      });
  }, [editor, caretMode]);
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.setSuggestionHighlights(suggestionHighlights);
  }, [editor, suggestionHighlights]);

  return (
    <div
      ref={frameRef}
      className="document-frame"
      onClick={(event) => {
        const selection = window.getSelection();
        if (selection && !selection.isCollapsed) return; // finishing a selection, not opening a claim
        const mark = (event.target as HTMLElement).closest("mark[data-claim-id]");
        const id = mark?.getAttribute("data-claim-id");
        if (id) return onClaimClick(id);
        const suggestion = (event.target as HTMLElement).closest<HTMLElement>("[data-suggestion-id]");
        if (suggestion && onSuggestionOpen)
          onSuggestionOpen(suggestion.getAttribute("data-suggestion-id")!, suggestion, false);
      }}
      onKeyDown={(event) => {
        const target = event.target as HTMLElement;
        // Arrows between highlights, unless the arrows are moving the caret (caret mode).
        if (
          !caretMode &&
          target.matches?.("mark[data-claim-id]") &&
          moveBetweenHighlights(event.currentTarget, target, event.key)
        ) {
          event.preventDefault();
          return;
        }
        if (event.key !== "Enter" && event.key !== " ") return;
        const mark = target.closest?.("mark[data-claim-id]");
        const id = mark?.getAttribute("data-claim-id");
        if (id) {
          event.preventDefault();
          return onClaimClick(id);
        }
        if (target.hasAttribute?.("data-suggestion-id") && onSuggestionOpen) {
          event.preventDefault();
          onSuggestionOpen(target.getAttribute("data-suggestion-id")!, target, true);
        }
      }}
      onFocus={(event) => {
        const target = event.target as HTMLElement;
        // The highlight focused (by Tab or a click) becomes the document's one tab stop.
        if (target.matches?.("mark[data-claim-id]"))
          placeTabStop(event.currentTarget, target.getAttribute("data-claim-id"));
        // Focusing a suggestion shows its reasons, as hovering does.
        if (target.hasAttribute?.("data-suggestion-id") && onSuggestionOpen)
          onSuggestionOpen(target.getAttribute("data-suggestion-id")!, target, false);
      }}
      onMouseOver={(event) => {
        const suggestion = (event.target as HTMLElement).closest<HTMLElement>("[data-suggestion-id]");
        if (suggestion && onSuggestionOpen && !(event.target as HTMLElement).closest("mark[data-claim-id]"))
          onSuggestionOpen(suggestion.getAttribute("data-suggestion-id")!, suggestion, false);
      }}
    >
      {/* The server's page shows a long text and its highlights at once; the editor replaces them. */}
      {!editor && <StaticDocument content={content} highlights={highlights} languages={languages} />}
      <EditorContent editor={editor} />
    </div>
  );
}
