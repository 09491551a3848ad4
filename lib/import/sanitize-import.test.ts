import { describe, expect, it } from "vitest";
import { plainTextOfDoc } from "../document/blocks";
import { htmlToDoc } from "./html-to-doc";

/** Known XSS vectors (OWASP filter-evasion cheat sheet and friends): none may survive import. */
const PAYLOADS = [
  `<script>alert(1)</script>`,
  `<img src=x onerror="alert(2)">`,
  `<svg onload=alert(3)><circle r="1"/></svg>`,
  `<a href="javascript:alert(4)">click</a>`,
  `<a href="JaVaScRiPt:alert(5)">click</a>`,
  `<a href="&#106;avascript:alert(6)">click</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==">click</a>`,
  `<a href="vbscript:msgbox(8)">click</a>`,
  `<iframe src="javascript:alert(9)"></iframe>`,
  `<iframe srcdoc="<script>alert(10)</script>"></iframe>`,
  `<object data="evil.swf"></object><embed src="evil.swf">`,
  `<form action="https://evil.example"><input name="a" value="x"><button formaction="javascript:alert(11)">go</button></form>`,
  `<style>@import 'https://evil.example/x.css'; body{background:url(javascript:alert(12))}</style>`,
  `<p style="background:url(javascript:alert(13))">styled</p>`,
  `<div onclick="alert(14)" onmouseover="alert(15)">hover</div>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(16)>`,
  `<noscript><p title="</noscript><img src=x onerror=alert(17)>">`,
  `<base href="javascript:alert(18)//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert(19)">`,
  `<link rel="stylesheet" href="javascript:alert(20)">`,
  `<details open ontoggle=alert(21)>`,
  `<video><source onerror="alert(22)"></video>`,
  `<template><script>alert(23)</script></template>`,
  `<scr<script>ipt>alert(24)</scr</script>ipt>`,
  `<a href=" javascript:alert(25)">space</a>`,
  `<a href="//evil.example/protocol-relative">rel</a>`,
];

describe("import sanitiser", () => {
  for (const payload of PAYLOADS) {
    it(`drops everything executable in ${payload.slice(0, 60)}`, () => {
      const doc = htmlToDoc(`<p>Before.</p>${payload}<p>After.</p>`);
      // Text nodes are shown as text (escaped), so leftover words like "alert(24)" there are
      // harmless; everything else — node types, marks, attributes — must be the reader's own.
      const structure = JSON.stringify(doc, (key, value) => (key === "text" ? "" : value));
      expect(structure).not.toMatch(
        /javascript:|vbscript:|data:|onerror|onload|onclick|onmouseover|ontoggle|srcdoc|script|style|@import|evil/i,
      );
      expect(
        structure
          .match(/"type":"(\w+)"/g)!
          .every((t) => /"(doc|paragraph|heading|text|link|bulletList|orderedList|listItem|blockquote)"/.test(t)),
      ).toBe(true);
      expect(
        structure
          .match(/"(\w+)":/g)!
          .every((k) =>
            ['"type":', '"content":', '"text":', '"marks":', '"attrs":', '"href":', '"level":', '"start":'].includes(k),
          ),
      ).toBe(true);
      expect(plainTextOfDoc(doc)).toMatch(/^Before\./);
    });
  }

  it("keeps https and mailto links and their text", () => {
    const doc = htmlToDoc(
      `<p>See <a href="https://example.org/x" onclick="x()">the source</a> or <a href="mailto:desk@example.org">write</a>.</p>`,
    );
    expect(doc.content[0]).toEqual({
      type: "paragraph",
      content: [
        { type: "text", text: "See " },
        { type: "text", text: "the source", marks: [{ type: "link", attrs: { href: "https://example.org/x" } }] },
        { type: "text", text: " or " },
        { type: "text", text: "write", marks: [{ type: "link", attrs: { href: "mailto:desk@example.org" } }] },
        { type: "text", text: "." },
      ],
    });
  });
});
