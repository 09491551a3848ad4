import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "latin1")] : part)));

describe("decodeText", () => {
  it("reads the charset a page's meta tag declares: Shift_JIS, GB18030, Windows-1252", () => {
    const page = (charset: string, body: number[]) =>
      bytes(`<html><head><meta charset="${charset}"></head><body>`, body, "</body></html>");
    expect(decodeText(page("Shift_JIS", [0x93, 0xfa, 0x96, 0x7b]), { html: true })).toContain("<body>日本</body>");
    expect(decodeText(page("GB18030", [0xd6, 0xd0, 0xce, 0xc4]), { html: true })).toContain("<body>中文</body>");
    expect(
      decodeText(page("windows-1252", [0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x6f, 0x6b, 0x94]), {
        html: true,
      }),
    ).toContain("<body>café – “ok”</body>");
  });

  it("reads the older http-equiv form, and lets the HTTP header's charset win over the page's", () => {
    const page = bytes(
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-8">',
      [0xf9, 0xec, 0xe5, 0xed],
    );
    expect(decodeText(page, { html: true })).toContain("שלום");
    expect(
      decodeText(bytes('<meta charset="utf-8">', [0xe9]), {
        html: true,
        contentType: "text/html; charset=windows-1252",
      }),
    ).toContain("é");
  });

  it("follows a byte-order mark, reads valid UTF-8 without a label, and unlabelled legacy bytes as Windows-1252", () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]))).toBe("Aé");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("naïve")]))).toBe("naïve");
    expect(decodeText(new Uint8Array(Buffer.from("李飞飞 naïve")))).toBe("李飞飞 naïve");
    expect(decodeText(bytes("na", [0xef], "ve"))).toBe("naïve");
  });

  it("ignores a charset it does not know instead of failing the import", () => {
    expect(decodeText(bytes('<meta charset="x-klingon">', "plain"), { html: true })).toContain("plain");
  });
});
