import JSZip from "jszip";
import mammoth from "mammoth";
import type { TiptapDoc } from "../document/blocks";
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
  return { doc: htmlToDoc(html), metadata };
}

const notWord = (error: unknown) =>
  new ImportError(
    422,
    `Could not read this file: it is not a valid Word document (${(error as Error).message}).`,
    "file",
  );
