import { describe, expect, it } from "vitest";
import { HANDLE_PATTERN, handleBaseOf, uniqueHandle } from "./handles";

describe("handleBaseOf", () => {
  it("reads like the name, folded to ASCII", () => {
    expect(handleBaseOf("Ana Lima")).toBe("ana-lima");
    expect(handleBaseOf("Zoë O'Brien")).toBe("zoe-o-brien");
  });

  it("falls back to the email, then to 'user', for names without Latin letters", () => {
    expect(handleBaseOf("王小明", "xiaoming.wang@example.org")).toBe("xiaoming-wang");
    expect(handleBaseOf("王小明", "王@example.org")).toBe("user");
  });

  it("cuts long names at a hyphen and always matches the handle pattern", () => {
    const long = handleBaseOf("Maria Fernanda de los Santos Oliveira");
    expect(long.length).toBeLessThanOrEqual(24);
    expect(long).toBe("maria-fernanda-de-los");
    for (const name of ["Ana Lima", "A", "--x--", "Jean-Luc Picard", "王小明"])
      expect(handleBaseOf(name, "me@x.org")).toMatch(HANDLE_PATTERN);
  });
});

describe("uniqueHandle", () => {
  it("numbers a taken handle", () => {
    expect(uniqueHandle("ana", new Set())).toBe("ana");
    expect(uniqueHandle("ana", new Set(["ana", "ana-2"]))).toBe("ana-3");
  });
});
