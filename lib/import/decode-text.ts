import iconv from "iconv-lite";

/**
 * Decodes with iconv-lite: Node 20's TextDecoder names every WHATWG encoding but decodes
 * Windows-1252 as Latin-1 (its curly quotes and dashes become control characters; fixed in
 * Node 23), so TextDecoder only says which encoding a label means.
 */
function decodeAs(encoding: string, bytes: Uint8Array): string {
  return iconv.encodingExists(encoding)
    ? iconv.decode(Buffer.from(bytes), encoding)
    : new TextDecoder(encoding).decode(bytes);
}

/**
 * Bytes to text by the character set they declare, as a browser reads them (the labels of the
 * WHATWG Encoding Standard: Windows-1252, Shift_JIS, GB18030, EUC-KR, Big5, ISO-8859-x,
 * KOI8-R, …; "latin1" means Windows-1252 there, as in browsers). In order: a byte-order mark, the
 * charset the HTTP header declares, for HTML a `<meta charset>` (or http-equiv) in the first
 * 1,024 bytes; without any, UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what
 * unlabelled legacy pages are written in).
 */
export function decodeText(bytes: Uint8Array, options: { contentType?: string | null; html?: boolean } = {}): string {
  const bom = byteOrderMark(bytes);
  if (bom) return decodeAs(bom, bytes); // the mark itself is dropped
  const declared =
    charsetOf(options.contentType ?? "") ?? (options.html ? charsetOf(metaCharset(bytes) ?? "", true) : null);
  if (declared) return decodeAs(declared, bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeAs("windows-1252", bytes);
  }
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** A supported encoding's name from "text/html; charset=Shift_JIS" (or a bare label), else null. */
function charsetOf(value: string, bare = false): string | null {
  const label = bare ? value.trim() : /charset\s*=\s*["']?([^"';\s]+)/i.exec(value)?.[1];
  if (!label) return null;
  try {
    const { encoding } = new TextDecoder(label);
    // A page that claims UTF-16 in a meta tag is ASCII-compatible bytes: the Standard reads it as UTF-8.
    return encoding.startsWith("utf-16") ? "utf-8" : encoding;
  } catch {
    return null; // an unknown label: as if none were declared
  }
}

/** The charset a page's head declares, read as ASCII from its first 1,024 bytes. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, 1024));
  const direct = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return direct?.[1] ?? null;
}
