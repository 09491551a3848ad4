import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { plainTextOfDoc, type TiptapDoc } from "./blocks";
import { staticDocumentHtml, type StaticHighlight } from "./static-document-html";

const doc: TiptapDoc = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Procurement" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "NIST buys " },
        { type: "text", text: "open", marks: [{ type: "bold" }] },
        { type: "text", text: " software, see " },
        { type: "text", text: "the FAR", marks: [{ type: "link", attrs: { href: "https://example.org/far" } }] },
        { type: "text", text: " or " },
        { type: "text", text: "this", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
        { type: "text", text: " <b>not bold</b>." },
      ],
    },
    { type: "paragraph" },
    {
      type: "orderedList",
      attrs: { start: 3 },
      content: [
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "مرحبا بالعالم" }] }] },
      ],
    },
  ],
};
const plain = plainTextOfDoc(doc);
const claim = (name: string, words: string, end?: string): StaticHighlight & { id: string } => {
  const start = plain.indexOf(words);
  return {
    id: name,
    start,
    end: end ? plain.indexOf(end) + end.length : start + words.length,
    className: `claim-status-${name}`,
  };
};

function render(highlights: StaticHighlight[], content = doc) {
  const html = staticDocumentHtml(content.content, highlights, { document: "en", blocks: ["en", "en", null, "ar"] });
  return parseHTML(`<!doctype html><html><body><div class="document-text">${html}</div></body></html>`).document;
}

const textblocks = (root: ParentNode) => [...root.querySelectorAll("h1, h2, h3, p")];

describe("the document as the server paints it before the editor loads", () => {
  it("never turns the author's words or a link's address into markup", () => {
    const hostile: TiptapDoc = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [
            { type: "text", text: "<script>alert(1)</script> & <img src=x onerror=alert(2)>" },
            { type: "text", text: "here", marks: [{ type: "link", attrs: { href: 'https://x.example/"><script>' } }] },
          ],
        },
      ],
    };
    const page = render([{ start: 0, end: 8, className: 'x"><script>alert(3)</script>' }], hostile);
    expect(page.querySelector("script, img")).toBeNull();
    expect(page.querySelector("p")!.textContent).toBe(plainTextOfDoc(hostile));
    expect(page.querySelector("a")!.getAttribute("href")).toBe('https://x.example/"><script>');
    expect(page.querySelector("mark")!.getAttribute("class")).toBe('claim-mark x"><script>alert(3)</script>');
  });

  it("holds the document's text block by block, with the author's emphasis and only safe links", () => {
    const page = render([]);
    expect(
      textblocks(page)
        .map((block) => block.textContent)
        .join("\n"),
    ).toBe(plain);
    expect(page.querySelector("h2")!.textContent).toBe("Procurement");
    expect(page.querySelector("strong")!.textContent).toBe("open");
    const links = [...page.querySelectorAll("a")];
    expect(links.map((a) => [a.textContent, a.getAttribute("href"), a.getAttribute("rel")])).toEqual([
      ["the FAR", "https://example.org/far", "noopener noreferrer nofollow"],
    ]);
    // The author's "<b>" is text, never markup.
    expect(page.querySelector("b")).toBeNull();
    expect(page.querySelector("ol")!.getAttribute("start")).toBe("3");
  });

  it("marks each claim's words, nested where claims overlap, with the editor's classes and nothing to click", () => {
    const claims = [
      claim("bold", "buys open software"),
      claim("overlap", "software, see the FAR"),
      claim("blocks", "the FAR", "مرحبا"),
    ];
    const page = render(claims);
    for (const c of claims) {
      const marked = [...page.querySelectorAll(`mark.claim-status-${c.id}`)].map((m) => m.textContent).join("");
      // Across blocks the "\n" between them (and the empty paragraph) is not inside any mark.
      expect(marked).toBe(plain.slice(c.start, c.end).replaceAll("\n", ""));
    }
    const nested = page.querySelector("mark.claim-status-bold mark.claim-status-overlap")!;
    expect(nested.textContent).toBe("software");
    for (const mark of page.querySelectorAll("mark")) {
      expect(mark.getAttribute("class")).toMatch(/^claim-mark claim-status-/);
      expect(mark.hasAttribute("data-claim-id")).toBe(false);
      expect(mark.hasAttribute("tabindex")).toBe(false);
    }
  });

  it("gives each block its language and direction, and an empty block its line", () => {
    const page = render([]);
    const arabic = page.querySelector("li p")!;
    expect([arabic.getAttribute("lang"), arabic.getAttribute("dir")]).toEqual(["ar", "rtl"]);
    expect(page.querySelectorAll("p")[1]!.innerHTML).toBe("<br>");
  });
});
