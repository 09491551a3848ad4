// A bare ProseMirror state over the reader's schema, for the extensions' unit tests: no
// browser, no Tiptap editor, just the plugin under test and a document made of paragraphs.
import { getSchema } from "@tiptap/core";
import Document from "@tiptap/extension-document";
import Paragraph from "@tiptap/extension-paragraph";
import Text from "@tiptap/extension-text";
import Heading from "@tiptap/extension-heading";
import { EditorState, type Plugin } from "@tiptap/pm/state";

const schema = getSchema([Document, Paragraph, Text, Heading.configure({ levels: [1, 2, 3] })]);

/** A state whose plain text is `paragraphs` joined by "\n" (lib/document/blocks.ts), with `plugins`. */
export function stateOf(paragraphs: string[], plugins: Plugin[]): EditorState {
  const doc = schema.nodeFromJSON({
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph", content: text ? [{ type: "text", text }] : [] })),
  });
  return EditorState.create({ doc, plugins });
}
