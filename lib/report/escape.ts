/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/**
 * Escapes text so Markdown shows it literally (no emphasis, links, HTML, headings or lists),
 * on one line. Characters that only matter at a line's start are escaped only there, so
 * "GPL-3.0" stays readable in the raw file.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r?\n/g, " ")
      .replace(/([\\`*_[\]<>|~])/g, "\\$1")
      .replace(/^(\s*)([#+\-=>])/, "$1\\$2")
      // Digits cannot be escaped in CommonMark; escaping the "." or ")" stops the list instead.
      .replace(/^(\s*\d+)([.)])/, "$1\\$2")
  );
}

/**
 * Keeps a Markdown text's formatting but makes any raw HTML in it show as text: `<` becomes
 * `&lt;`, so no Markdown viewer that passes HTML through (most do) can meet a tag or a script.
 */
export function escapeRawHtml(markdown: string): string {
  return markdown.replace(/</g, "&lt;");
}
