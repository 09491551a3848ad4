import { describe, expect, it } from "vitest";
import { containsPattern, ftsMatchExpression, searchWords, snippetOf } from "./search-words";

describe("search words", () => {
  it("reads a query as its words, lower-cased, once each, longest first", () => {
    expect(searchWords('  "Bus FARES" rose, bus 40%  ')).toEqual(["fares", "rose", "bus", "40%"]);
    expect(searchWords("公交车票价 上涨")).toEqual(["公交车票价", "上涨"]);
    expect(searchWords(" \"' ")).toEqual([]);
  });

  it("asks the trigram index for words of three characters or more, each as a phrase", () => {
    expect(ftsMatchExpression(["fares", "40", 'say"s'])).toBe('"fares" AND "say""s"');
    expect(ftsMatchExpression(["上涨", "ai"])).toBeNull();
  });

  it("escapes LIKE's wildcards", () => {
    expect(containsPattern("40%_a\\b")).toBe("%40\\%\\_a\\\\b%");
  });

  it("cuts a snippet around the first word found and marks every word, as text", () => {
    const text = `${"Lorem ipsum dolor sit amet. ".repeat(20)}The city's BUS fares rose by 40 percent in 2024. ${"Tail words here. ".repeat(20)}`;
    const parts = snippetOf(text, ["bus", "fares"]);
    expect(parts[0]).toEqual({ text: "…", match: false });
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["BUS", "fares"]);
    expect(parts.map((p) => p.text).join("").length).toBeLessThan(260);
    expect(snippetOf("<b>bold</b> claim", ["claim"])).toEqual([
      { text: "<b>bold</b> ", match: false },
      { text: "claim", match: true },
    ]);
  });
});
