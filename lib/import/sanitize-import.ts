import sanitizeHtml from "sanitize-html";

/**
 * Cuts any imported HTML (a web page's article, a DOCX, rendered Markdown) down to what the
 * reader's schema can hold, before it becomes Tiptap JSON (html-to-doc.ts). Everything
 * executable goes, content and all: scripts, styles, frames, forms, embedded objects.
 * Attributes go except a link's href (http, https, mailto only) and an image's alt text.
 */
const SANITIZE_IMPORT: sanitizeHtml.IOptions = {
  allowedTags: [
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "ul", "ol", "li", "blockquote", "a", "img",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
    "div", "section", "article", "main", "span", "strong", "b", "em", "i", "u", "s", "del", "ins",
    "code", "pre", "sub", "sup", "small", "mark", "abbr", "cite", "q", "time", "figure", "figcaption", "dl", "dt", "dd", "hr",
  ],
  allowedAttributes: { a: ["href"], img: ["alt"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  // Dropped with everything inside them (the default keeps a dropped tag's text).
  nonTextTags: [
    "script", "style", "textarea", "option", "noscript", "iframe", "frame", "frameset", "object", "embed",
    "form", "button", "select", "input", "svg", "math", "template", "canvas", "video", "audio", "head", "title", "nav",
  ],
};

export function sanitizeImportedHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_IMPORT);
}
