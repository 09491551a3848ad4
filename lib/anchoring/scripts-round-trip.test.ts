import { describe as suite, expect, it } from "vitest";
import { LANGUAGE_SAMPLES } from "../text/fixtures/language-samples";
import { parseAnnotation } from "../w3c/annotation-input";
import { anchor } from "./anchor";
import { describe } from "./describe";

const DOCUMENT_PATH = "/documents/port-figures";

/** A claim's middle third of a sentence in each script, between lines of other text. */
function caseFor(sample: string) {
  const text = `Port figures, 2025\n${sample}\nمصدر: هيئة الميناء — source: port authority`;
  const chars = [...sample];
  const third = Math.floor(chars.length / 3);
  const phrase = chars.slice(third, 2 * third).join("");
  const start = text.indexOf(phrase);
  return { text, start, end: start + phrase.length, phrase };
}

suite("claims in every script round-trip through their selectors and the W3C format", () => {
  it.each(Object.entries(LANGUAGE_SAMPLES))("%s", (_language, sample) => {
    const { text, start, end, phrase } = caseFor(sample);
    const { position, quote } = describe(text, start, end);
    expect(quote.exact).toBe(phrase);
    // Found again by the quote alone, and by the position alone.
    expect(anchor(text, { quote })).toEqual({ state: "exact", start, end });
    expect(anchor(text, { position })).toEqual({ state: "exact", start, end });

    // Written as a W3C annotation, sent as JSON, read back: the same range.
    const posted = JSON.parse(
      JSON.stringify({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        type: "Annotation",
        motivation: "highlighting",
        target: { source: `https://claimmark.example${DOCUMENT_PATH}`, selector: [quote, position] },
      }),
    ) as unknown;
    const parsed = parseAnnotation(posted, DOCUMENT_PATH);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value.quote).toEqual(quote);
    expect(anchor(text, { quote: parsed.value.quote, position: parsed.value.position })).toEqual({
      state: "exact",
      start,
      end,
    });
  });
});
