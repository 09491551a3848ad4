import { describe, expect, it } from "vitest";
import { parseAnnotation } from "./annotation-input";

const PATH = "/documents/open-vs-closed-source-ai";
const base = {
  "@context": "http://www.w3.org/ns/anno.jsonld",
  type: "Annotation",
  motivation: "assessing",
  target: {
    source: "https://any-host.example/documents/open-vs-closed-source-ai?rev=1",
    selector: [
      { type: "TextQuoteSelector", exact: "NIST in the United States", prefix: "while ", suffix: " requires" },
      { type: "TextPositionSelector", start: 10, end: 35 },
    ],
  },
  body: [
    { type: "TextualBody", purpose: "assessing", value: "Misleading" },
    { type: "TextualBody", purpose: "commenting", value: "NIST publishes guidance; it does not require disclosure." },
    { type: "SpecificResource", purpose: "linking", source: "https://www.nist.gov/itl/ai-risk-management-framework" },
  ],
};

describe("reading a posted W3C annotation", () => {
  it("maps the assessing, commenting and linking bodies to a verification note", () => {
    const parsed = parseAnnotation(base, PATH);
    expect(parsed).toEqual({
      ok: true,
      value: {
        motivation: "assessing",
        quote: { type: "TextQuoteSelector", exact: "NIST in the United States", prefix: "while ", suffix: " requires" },
        position: { type: "TextPositionSelector", start: 10, end: 35 },
        note: {
          verdict: "MISLEADING",
          rationale: "NIST publishes guidance; it does not require disclosure.",
          sources: [{ url: "https://www.nist.gov/itl/ai-risk-management-framework" }],
        },
        managed: { id: undefined, created: undefined, creator: undefined },
      },
    });
  });

  it("lets the container decide the document when target.source is left out, and accepts a bare highlight", () => {
    const highlight = {
      ...base,
      motivation: "highlighting",
      body: undefined,
      target: { selector: base.target.selector[0] },
    };
    expect(parseAnnotation(highlight, PATH)).toMatchObject({
      ok: true,
      value: { motivation: "highlighting", note: null, position: null },
    });
  });

  it.each([
    [{ ...base, "@context": "https://schema.org" }, 400, "@context"],
    [{ ...base, type: "Note" }, 400, "type"],
    [{ ...base, motivation: "bookmarking" }, 422, "motivation"],
    [{ ...base, target: { ...base.target, source: "https://x.example/documents/another-doc" } }, 422, "target.source"],
    [{ ...base, target: { source: base.target.source } }, 422, "target.selector"],
    [{ ...base, target: { selector: { type: "CssSelector", value: "p" } } }, 422, "target.selector[0].type"],
    [{ ...base, target: { selector: { type: "TextPositionSelector", start: 9, end: 3 } } }, 400, "target.selector[0]"],
    [{ ...base, body: [{ type: "TextualBody", purpose: "assessing", value: "Pants on fire" }] }, 422, "body[0].value"],
    [{ ...base, body: [{ type: "TextualBody", purpose: "assessing", value: "False" }] }, 422, "body"],
    [{ ...base, body: [{ type: "TextualBody", purpose: "commenting", value: "no verdict" }] }, 422, "body"],
    [[base], 400, ""],
  ])("refuses %# with %i naming %s", (input, status, field) => {
    expect(parseAnnotation(input, PATH)).toMatchObject({ ok: false, status, field });
  });
});
