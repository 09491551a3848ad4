import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

/**
 * The reader's document can be made editable for one reason only: "Select text with the
 * keyboard" (caret browsing), where the browser's caret and Shift+arrows need an editable
 * element. This keeps the text itself unchangeable then: typing, deleting, pasting, dropping
 * and cutting are refused before the browser touches the page, and any transaction that would
 * change the document is dropped. Selections and decorations pass.
 */
export const KeepTextUnchanged = Extension.create({
  name: "keepTextUnchanged",
  addProseMirrorPlugins() {
    return [keepTextUnchangedPlugin()];
  },
});

const refuse = (_view: unknown, event: Event) => {
  event.preventDefault();
  return true;
};

/** The ProseMirror plugin behind KeepTextUnchanged, usable on a bare EditorState (and so in unit tests). */
export function keepTextUnchangedPlugin(): Plugin {
  return new Plugin({
    key: new PluginKey("keepTextUnchanged"),
    filterTransaction: (tr) => !tr.docChanged,
    props: {
      handleTextInput: () => true,
      handlePaste: () => true,
      handleDrop: () => true,
      handleDOMEvents: { beforeinput: refuse, cut: refuse, drop: refuse, paste: refuse },
    },
  });
}
