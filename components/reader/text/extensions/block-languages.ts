import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { Node as PmNode } from "@tiptap/pm/model";
import { directionOf } from "@/lib/text/direction";

/**
 * Each textblock's `lang` and `dir`, as node decorations, so the text itself never changes:
 * a right-to-left paragraph reads right to left, an English one inside an Arabic document
 * left to right, and the browser picks fonts and line breaking by language. `languages` are
 * in reading order, one per textblock (lib/document/block-languages.ts).
 */
export function blockLanguageDecorations(doc: PmNode, languages: readonly (string | null)[]): DecorationSet {
  const decorations: Decoration[] = [];
  let index = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const language = languages[index++];
    if (language)
      decorations.push(Decoration.node(pos, pos + node.nodeSize, { lang: language, dir: directionOf(language) }));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

const key = new PluginKey<DecorationSet>("blockLanguages");

export const BlockLanguages = Extension.create<{ languages: (string | null)[] }>({
  name: "blockLanguages",
  addOptions: () => ({ languages: [] }),
  addProseMirrorPlugins() {
    const { languages } = this.options;
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_config, state) => blockLanguageDecorations(state.doc, languages),
          // The reader's text never changes (keep-text-unchanged.ts): the decorations stay put.
          apply: (tr, old) => (tr.docChanged ? old.map(tr.mapping, tr.doc) : old),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ];
  },
});
