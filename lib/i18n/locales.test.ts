import { describe, expect, it } from "vitest";
import { chooseLocale, directionOf } from "./locales";

describe("chooseLocale", () => {
  it("follows the person's own choice over the browser's", () => {
    expect(chooseLocale("ar", "es-ES,es;q=0.9")).toBe("ar");
  });
  it("takes the browser's first language the interface speaks, regional variants included", () => {
    expect(chooseLocale(null, "es-MX,es;q=0.9,en;q=0.8")).toBe("es");
    expect(chooseLocale(null, "fr-FR,fr;q=0.9,ar;q=0.5,en;q=0.4")).toBe("ar");
    expect(chooseLocale(null, "en;q=0.2, es;q=0.7")).toBe("es");
  });
  it("falls back to English for a language it does not speak, no header, or a stored value it no longer knows", () => {
    expect(chooseLocale(null, "fr-FR,de;q=0.8")).toBe("en");
    expect(chooseLocale(undefined, undefined)).toBe("en");
    expect(chooseLocale("klingon", "es")).toBe("es");
  });
});

describe("directionOf", () => {
  it("mirrors the interface for Arabic only", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("es")).toBe("ltr");
    expect(directionOf("en")).toBe("ltr");
  });
});
