import { plainTextOfDoc, type TiptapDoc } from "@/lib/document/blocks";
import type { DocumentLanguages } from "@/lib/document/block-languages";
import { staticDocumentHtml } from "@/lib/document/static-document-html";
import { directionOf } from "@/lib/text/direction";
import type { ClaimHighlight } from "./extensions/claim-highlights";

interface Props {
  content: TiptapDoc;
  highlights: readonly ClaimHighlight[];
  languages?: DocumentLanguages;
}

/**
 * From this length on, the server's page paints the text and its highlights before the editor
 * loads. A shorter text's editor is ready within a few frames of the page (nothing to gain), and
 * there the text appears once, already selectable: nobody starts selecting in a copy that is
 * about to be replaced. (About 5,000 words; the bench's long documents have 50,000 and 100,000.)
 */
const SERVER_PAINT_MIN_CHARACTERS = 30_000;

/**
 * A long document and its highlights as plain HTML, shown from the server's page until the
 * editor has loaded (document-view.tsx), so its text and highlights are painted before its
 * scripts run, and read without them; a shorter one renders nothing here. It draws what the
 * editor draws (the same classes, nested marks where claims overlap, each block's language),
 * but nothing in it can be opened yet: its marks have no `data-claim-id` and no tab stops,
 * and it is marked busy, so neither people nor tests act on it before the editor takes its
 * place. (Each mark's aria-describedby waits for the editor too: 5,000 of them would add
 * ~200 KB to the page.)
 */
export function StaticDocument({ content, highlights, languages }: Props) {
  if (plainTextOfDoc(content).length < SERVER_PAINT_MIN_CHARACTERS) return null;
  return (
    <div
      className="document-text document-text-static"
      aria-busy="true"
      lang={languages?.document ?? undefined}
      dir={languages?.document ? directionOf(languages.document) : undefined}
      // Built of escaped text and fixed tags (lib/document/static-document-html.ts). As one string,
      // React hydrates it in one step instead of walking 20,000 nodes before the editor is made.
      dangerouslySetInnerHTML={{ __html: staticDocumentHtml(content.content, highlights, languages) }}
    />
  );
}
