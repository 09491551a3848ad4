import JSZip from "jszip";
import mammoth from "mammoth";
import { textOfTextblock, type TiptapDoc } from "../document/blocks";
import { htmlToDoc } from "./html-to-doc";
import { ImportError } from "./import-error";
import { checkDocxUnpackedSize } from "./input-limits";
import { firstValue, isoDay, type DocumentMetadata } from "./metadata";

/** The core properties (docProps/core.xml): title, creator, created. */
async function coreProperties(zip: JSZip): Promise<DocumentMetadata> {
  const xml = await zip.file("docProps/core.xml")?.async("string");
  if (!xml) return {};
  const tag = (name: string) => {
    const match = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
    return match?.[1] !== undefined
      ? match[1]
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
          .replace(/&amp;/g, "&")
      : undefined;
  };
  return {
    title: firstValue(tag("dc:title")),
    author: firstValue(tag("dc:creator")),
    publishedOn: isoDay(tag("dcterms:created")),
  };
}

/**
 * Word's Title style is the document's title: mammoth leaves it as body text, which made the
 * first Heading 1 the page's H1 and inverted the hierarchy. When the file uses it, the title
 * becomes the H1 and each heading level moves one down.
 */
const WITH_TITLE_STYLE = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='heading 1'] => h2:fresh",
  "p[style-name='heading 2'] => h3:fresh",
  "p[style-name='heading 3'] => h3:fresh",
];

/** Whether the body uses the Title paragraph style (read from the XML, before converting). */
async function usesTitleStyle(zip: JSZip): Promise<boolean> {
  const body = await zip.file("word/document.xml")?.async("string");
  return body !== undefined && /<w:pStyle w:val="Title"\s*\/>/.test(body);
}

/** A Word document (DOCX) to the reader's document, through mammoth's semantic HTML. */
export async function docxToDoc(bytes: Uint8Array): Promise<{ doc: TiptapDoc; metadata: DocumentMetadata }> {
  let html: string;
  let metadata: DocumentMetadata;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw notWord(error);
  }
  // The zip's directory, read once: its unpacked size is checked before anything is unpacked.
  checkDocxUnpackedSize(zip, "file");
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await mammoth.convertToHtml(
      { buffer },
      // Images become their alt text (html-to-doc.ts); no need to carry their bytes.
      {
        styleMap: (await usesTitleStyle(zip)) ? WITH_TITLE_STYLE : [],
        convertImage: mammoth.images.imgElement(async (image) => ({
          src: "",
          alt: (image as { altText?: string }).altText ?? "",
        })),
      },
    );
    html = result.value;
    metadata = await coreProperties(zip);
  } catch (error) {
    throw notWord(error);
  }
  const doc = htmlToDoc(html);
  // A file without a title in its properties is titled by its opening heading (the Title paragraph).
  const first = doc.content[0];
  if (!metadata.title && first?.type === "heading" && first.attrs.level === 1)
    metadata.title = firstValue(textOfTextblock(first));
  return { doc, metadata };
}

const notWord = (error: unknown) =>
  new ImportError(
    422,
    `Could not read this file: it is not a valid Word document (${(error as Error).message}).`,
    "file",
  );
