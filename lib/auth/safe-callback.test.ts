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
      // Dot segments that collapse into a protocol-relative path after resolving.
      "/.//127.0.0.1:9999/x",
      "/..//127.0.0.1:9999/x",
      "/%2e//127.0.0.1:9999/x",
      "/%2E%2E//127.0.0.1:9999/x",
      "/./\\127.0.0.1:9999/x",
      "/a/..//127.0.0.1:9999/x",
    ]) {
      for (const sent of [attack, decodeURIComponent(attack)]) {
        const target = safeCallback(sent, origin);
        expect(new URL(target, origin).origin, sent).toBe(origin);
        // And again, as the browser resolves the address it is sent to.
        expect(new URL(new URL(target, origin).href).origin, sent).toBe(origin);
        expect(target.startsWith("//") || target.startsWith("/\\"), sent).toBe(false);
      }
    }
    expect(safeCallback("/\\evil.example", origin)).not.toContain("evil.example/");
  });

  it("falls back to the home page for nothing or garbage", () => {
    expect(safeCallback(undefined, origin)).toBe("/");
    expect(safeCallback("http://[bad", origin)).toBe("/");
  });
});
