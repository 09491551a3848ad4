import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./render-markdown";

describe("renderMarkdown sanitises user text", () => {
  it("renders ordinary Markdown", () => {
    expect(renderMarkdown("NIST guidance is **voluntary**.\n\n- one\n- two")).toBe(
      "<p>NIST guidance is <strong>voluntary</strong>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n",
    );
  });

  it("never lets a script or raw HTML through", () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror="alert(1)"><b onclick="x()">bold</b>');
    expect(html).not.toMatch(/<(script|img|b)[\s>]/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("drops javascript: and data: links but keeps the words", () => {
    const html = renderMarkdown("[click](javascript:alert(1)) and [data](data:text/html,hi)");
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).toContain("click");
  });

  it("gives every link rel=noopener noreferrer nofollow", () => {
    expect(renderMarkdown("[NIST](https://www.nist.gov/) and https://example.org")).toBe(
      '<p><a href="https://www.nist.gov/" rel="noopener noreferrer nofollow">NIST</a> and <a href="https://example.org" rel="noopener noreferrer nofollow">https://example.org</a></p>\n',
    );
  });

  it("demotes headings so a note cannot outrank the page", () => {
    expect(renderMarkdown("# Big")).toBe("<h3>Big</h3>\n");
  });
});
