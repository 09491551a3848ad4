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
