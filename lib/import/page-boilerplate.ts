import { textOfTextblock, type TiptapDoc } from "../document/blocks";
import { comparableText } from "../text/fold";

/** A block that only announces an advert ("ADVERTISEMENT", "Sponsored: …"), in the languages desks meet most. */
const ADVERT = /^\s*(advertisement|advert|sponsored(?: content)?|anzeige|werbung|publicidad|publicité|pubblicità)\b/i;

/** How far into a page a repeated byline is looked for, and how long one can be. */
const BYLINE_BLOCKS = 4;
const BYLINE_LENGTH = 160;

/**
 * "By Mara Quill", "Mara Quill · 14 March 2026", "Mara Quill, Riverside Gazette": the author's
 * line again. A sentence is never one: it ends with a full stop ("Mara Quill reports from the
 * council.", "By Tuesday, Parliament had voted."), and one that names the author says more
 * than a date or a publisher beside the name.
 */
function isByline(text: string, author: string | undefined): boolean {
  const line = comparableText(text);
  if (!line || line.length > BYLINE_LENGTH || /[.!?]["”’)]?$/.test(line)) return false;
  if (line.startsWith("by ") && line.split(" ").length <= 8) return true;
  if (!author || !line.includes(comparableText(author))) return false;
  const rest = line
    .replace(comparableText(author), " ")
    .replace(/[|·•,–—-]/g, " ")
    .trim();
  return rest === "" || rest.split(/\s+/).length <= 4;
}

/**
 * What a news page adds around its article and Readability keeps: paragraphs that announce an
 * advert, and the byline repeated at the top of the text (the byline is kept as metadata,
 * the document's author). Everything else is the author's text and stays.
 */
export function dropPageBoilerplate(doc: TiptapDoc, author: string | undefined): TiptapDoc {
  const kept = doc.content.filter((block, index) => {
    if (block.type !== "paragraph") return true;
    const text = textOfTextblock(block);
    if (ADVERT.test(text)) return false;
    return !(index < BYLINE_BLOCKS && isByline(text, author));
  });
  return kept.length === doc.content.length ? doc : { ...doc, content: kept };
}

const SEPARATOR = /\s+[|\-–—·:]\s+/;

/**
 * A page title without the site's name the publisher already gives ("Bus fares frozen |
 * Riverside Gazette" → "Bus fares frozen"), or, with no publisher known, without a suffix the
 * page's own headline leaves out.
 */
export function titleWithoutSiteName(
  title: string,
  publisher: string | undefined,
  headline: string | undefined,
): string {
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts.at(-1)!;
  const first = parts[0]!;
  if (publisher && comparableText(last) === comparableText(publisher))
    return title
      .slice(0, title.length - last.length)
      .replace(/\s+[|\-–—·:]\s*$/, "")
      .trim();
  if (publisher && comparableText(first) === comparableText(publisher))
    return title
      .slice(first.length)
      .replace(/^\s*[|\-–—·:]\s+/, "")
      .trim();
  if (headline && comparableText(title).startsWith(comparableText(headline)) && comparableText(headline).length >= 8)
    return headline.trim();
  return title;
}
