import { describe, expect, it } from "vitest";
import { safeCallback } from "./safe-callback";

const origin = "https://claimmark.example";

describe("safeCallback", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeCallback("/documents/essay?rev=2#claim-1", origin)).toBe("/documents/essay?rev=2#claim-1");
    expect(safeCallback("https://claimmark.example/review", origin)).toBe("/review");
  });

  it("refuses every way of leaving the site", () => {
    for (const attack of [
      "/\\evil.example",
      "/%5Cevil.example/",
      "/\t/evil.example",
      "//evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "\\\\evil.example",
      " //evil.example",
    ]) {
      const target = safeCallback(decodeURIComponent(attack), origin);
      expect(new URL(target, origin).origin, attack).toBe(origin);
    }
    expect(safeCallback("/\\evil.example", origin)).not.toContain("evil.example/");
  });

  it("falls back to the home page for nothing or garbage", () => {
    expect(safeCallback(undefined, origin)).toBe("/");
    expect(safeCallback("http://[bad", origin)).toBe("/");
  });
});
