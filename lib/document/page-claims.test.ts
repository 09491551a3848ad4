import { describe, expect, it } from "vitest";
import { summaryQuote } from "./summary-quote";
import { withoutDerivableQuotes, withQuotes } from "./page-claims";

const text = "The council said ridership rose 4 percent in 2025.\n" + "Fares ".repeat(40) + "rose too.";
const claim = (id: string, start: number, end: number, exact = summaryQuote(text.slice(start, end))) => ({
  id,
  start,
  end,
  exact,
  status: "FLAGGED",
});

describe("the reader page's claims without the quotes the text gives", () => {
  const claims = [
    claim("a", 0, 17),
    claim("long", 51, text.length), // over the list's 140 characters: cut with "…"
    claim("orphan", 0, 17, "A sentence the new version no longer has."),
  ];

  it("leaves out exactly the quotes the text's own slice gives, and keeps every other field", () => {
    const sent = withoutDerivableQuotes(claims, text);
    expect(sent.map((c) => c.exact)).toEqual([undefined, undefined, "A sentence the new version no longer has."]);
    expect(sent[0]).toEqual({ id: "a", start: 0, end: 17, status: "FLAGGED" });
    expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(claims).length - 150);
  });

  it("gives the reader back the very claims the server had", () => {
    const back = withQuotes(withoutDerivableQuotes(claims, text), text);
    expect(back).toEqual(claims);
    expect(back[1]!.exact.endsWith("…")).toBe(true);
  });
});
