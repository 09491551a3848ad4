import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { TiptapDoc } from "../document/blocks";
import { htmlToDoc } from "./html-to-doc";
import { firstValue, isoDay, webAddress, type DocumentMetadata } from "./metadata";
import { dropPageBoilerplate, titleWithoutSiteName } from "./page-boilerplate";

export interface HtmlImport {
  doc: TiptapDoc;
  metadata: DocumentMetadata;
  /** Set when no article was found and the page's whole text was taken instead. */
  note?: string;
}

type MetaDocument = {
  querySelector: (
    selector: string,
  ) => { getAttribute: (name: string) => string | null; textContent: string | null } | null;
};

const meta = (document: MetaDocument, selector: string) =>
  document.querySelector(selector)?.getAttribute("content") ?? null;

/** Title, author, publisher, date and canonical address from the page's meta and Open Graph tags. */
function metadataOf(document: MetaDocument, pageUrl: string | undefined): DocumentMetadata {
  const publisher = firstValue(
    meta(document, 'meta[property="og:site_name"]'),
    meta(document, 'meta[name="publisher"]'),
    meta(document, 'meta[name="citation_publisher"]'),
  );
  const headline = firstValue(document.querySelector("h1")?.textContent);
  const title = firstValue(
    meta(document, 'meta[property="og:title"]'),
    document.querySelector("title")?.textContent,
    headline,
  );
  return {
    // The headline, not the browser tab's "Headline | Site name".
    title: title && titleWithoutSiteName(title, publisher, headline),
    author: firstValue(
      meta(document, 'meta[name="author"]'),
      meta(document, 'meta[property="article:author"]'),
      meta(document, 'meta[name="citation_author"]'),
    ),
    publisher,
    publishedOn: isoDay(
      meta(document, 'meta[property="article:published_time"]') ??
        meta(document, 'meta[name="citation_publication_date"]') ??
        meta(document, 'meta[name="date"]') ??
        document.querySelector("time[datetime]")?.getAttribute("datetime"),
    ),
    originalUrl: webAddress(
      pageUrl,
      document.querySelector('link[rel="canonical"]')?.getAttribute("href"),
      meta(document, 'meta[property="og:url"]'),
      pageUrl,
    ),
  };
}

/**
 * A web page (or an uploaded .html file) to the reader's document: Mozilla Readability
 * picks the article out of navigation, ads and comments; when it finds none, the page's
 * whole body is taken and the import says so.
 */
export function htmlPageToDoc(html: string, pageUrl?: string): HtmlImport {
  const { document } = parseHTML(html);
  const metadata = metadataOf(document as unknown as MetaDocument, pageUrl);
  // Readability changes the DOM it reads: give it its own copy.
  const { document: copy } = parseHTML(html);
  let article: {
    content?: string | null;
    textContent?: string | null;
    byline?: string | null;
    siteName?: string | null;
    publishedTime?: string | null;
  } | null = null;
  try {
    article = new Readability(copy as unknown as Document, { charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  // Readability always returns its best attempt; under a few hundred characters, that is a
  // fragment of the page rather than an article.
  if (article?.content && (article.textContent?.trim().length ?? 0) >= 200) {
    const author = metadata.author ?? firstValue(article.byline);
    const doc = dropPageBoilerplate(htmlToDoc(article.content), author);
    if (doc.content.length) {
      return {
        doc,
        metadata: {
          ...metadata,
          author,
          publisher: metadata.publisher ?? firstValue(article.siteName),
          publishedOn: metadata.publishedOn ?? isoDay(article.publishedTime),
        },
      };
    }
  }
  // A fragment with no <html> or <body> (an uploaded snippet) leaves linkedom's body empty: take it whole.
  const body = (document as unknown as { body?: { innerHTML: string } }).body?.innerHTML.trim() || html;
  return {
    doc: dropPageBoilerplate(htmlToDoc(body), metadata.author),
    metadata,
    note: "No article was found on this page, so its whole text was imported.",
  };
}
