import { describe, expect, it } from "vitest";
import { linkMentions } from "./link-mentions";
import { renderMarkdown } from "./render-markdown";

const users = [
  { id: "u1", name: "Ana Lima" },
  { id: "u2", name: "Ben" },
];

describe("linkMentions", () => {
  it("links known users to their pages, safely rendered", () => {
    const html = renderMarkdown(linkMentions("Thanks @Ana Lima, and @ben: see `@Ben` here.", users));
    expect(html).toContain('<a href="/users/u1" rel="noopener noreferrer nofollow">@Ana Lima</a>');
    expect(html).toContain('<a href="/users/u2" rel="noopener noreferrer nofollow">@Ben</a>');
    expect(html).toContain("<code>@Ben</code>");
  });

  it("leaves text without mentions alone", () => {
    expect(linkMentions("mail ana@example.org", users)).toBe("mail ana@example.org");
  });
});
