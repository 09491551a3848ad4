/**
 * Text folded for matching and for ASCII names: compatibility-decomposed (NFKD), accents
 * dropped, lower case ("Zoë" → "zoe", "Ｅ" → "e"). Slugs, handles and the @ autocomplete
 * all fold the same way, so what people type finds what was made from their name.
 */
export function foldAccents(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Text compared as people read it: runs of whitespace as one space, no ends, lower case. */
export const comparableText = (text: string): string => text.replace(/\s+/g, " ").trim().toLowerCase();
