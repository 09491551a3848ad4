import { describe, expect, it } from "vitest";
import { checkDisplayName } from "./display-name";
import { findIllFormedString } from "./well-formed";

describe("checkDisplayName", () => {
  it("accepts ordinary names in any script and normalises them to NFC", () => {
    expect(checkDisplayName("  Ana Lima ")).toEqual({ ok: true, name: "Ana Lima" });
    expect(checkDisplayName("王小明")).toEqual({ ok: true, name: "王小明" });
    // "é" typed as e + combining acute becomes the single code point.
    expect(checkDisplayName("Rene\u0301")).toEqual({ ok: true, name: "Ren\u00e9" });
  });

  it("refuses control characters and line breaks", () => {
    expect(checkDisplayName("Ana\nAdmin").ok).toBe(false);
    expect(checkDisplayName("Ana\u0007").ok).toBe(false);
    expect(checkDisplayName("Ana\u2028Admin").ok).toBe(false);
  });

  it("refuses bidirectional overrides that make a name read as another", () => {
    const result = checkDisplayName("\u202Enimda");
    expect(result).toEqual({ ok: false, message: expect.stringContaining("text-direction") });
    expect(checkDisplayName("Ana\u2066x\u2069").ok).toBe(false);
  });

  it("refuses names made only of invisible characters", () => {
    for (const invisible of ["\u200B", "\u200B\u200D\uFEFF", "\u3164", " \u00AD ", "\uFE0F"]) {
      expect(checkDisplayName(invisible), JSON.stringify(invisible)).toEqual({
        ok: false,
        message: "Enter a name with visible letters.",
      });
    }
  });
});

describe("findIllFormedString", () => {
  it("finds a lone surrogate anywhere in a JSON body and names its field", () => {
    expect(findIllFormedString(JSON.parse('{"name":"ok","sources":[{"url":"a\\ud800"}]}'))).toBe("sources.0.url");
    expect(findIllFormedString(JSON.parse('"\\udc00"'))).toBe("(body)");
  });

  it("accepts well-formed text, including astral characters written as surrogate pairs", () => {
    expect(findIllFormedString(JSON.parse('{"name":"\\ud83d\\ude00 smile","n":3,"x":null}'))).toBeNull();
  });
});
