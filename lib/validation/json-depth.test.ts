import { describe, expect, it } from "vitest";
import { jsonDepthExceeds, MAX_JSON_DEPTH } from "./json-depth";

describe("JSON nesting depth", () => {
  it("lets ordinary bodies through and stops a nesting bomb", () => {
    expect(jsonDepthExceeds(JSON.stringify({ a: [{ b: [1, 2, { c: "x" }] }] }))).toBe(false);
    expect(jsonDepthExceeds("[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonDepthExceeds("[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonDepthExceeds("[".repeat(100_000))).toBe(true);
  });

  it("does not count brackets inside strings, escaped quotes included", () => {
    const text = JSON.stringify({ note: "[".repeat(500) + '\\" {{{' });
    expect(jsonDepthExceeds(text, 2)).toBe(false);
  });
});
