import { describe, expect, it } from "vitest";
import { compileCatalog, translateWith } from "./compile-catalog";

const spanish = compileCatalog(
  {
    "That claim": "Esa afirmación",
    Mixed: "Mixto",
    False: "Falso",
    "{what} was not found.": "{what} no se encontró.",
    "Claim {id} was not found.": "No se encontró la afirmación {id}.",
    "from {from} to {to}": "de {from} a {to}",
    "{count} claims cannot move.":
      "{count, plural, one {# afirmación no puede moverse} other {# afirmaciones no pueden moverse}}.",
    "Give the address as url=https://…/<slug>.": "Da la dirección como url=https://…/<slug>.",
  },
  "es",
);
const say = (english: string) => translateWith(spanish, english);

describe("translating what the server wrote in English", () => {
  it("translates a text the catalog has word for word", () => {
    expect(say("Mixed")).toBe("Mixto");
  });

  it("reads what varies back out of the English and puts it into the translation", () => {
    expect(say("Claim 4f2a was not found.")).toBe("No se encontró la afirmación 4f2a.");
    expect(say("from Mixed to False")).toBe("de Mixto a Falso");
  });

  it("prefers the pattern with the most fixed text, so a specific message is not read as a general one", () => {
    expect(say("That claim was not found.")).toBe("Esa afirmación no se encontró.");
    expect(say("Claim 9 was not found.")).toBe("No se encontró la afirmación 9.");
  });

  it("chooses a plural form from a number it read back", () => {
    expect(say("1 claims cannot move.")).toBe("1 afirmación no puede moverse.");
    expect(say("3 claims cannot move.")).toBe("3 afirmaciones no pueden moverse.");
  });

  it("reads angle brackets in a text as words, not tags", () => {
    expect(say("Give the address as url=https://…/<slug>.")).toBe("Da la dirección como url=https://…/<slug>.");
  });

  it("leaves a text the catalog lacks as it was written, never blank", () => {
    expect(say("Ana’s own words.")).toBe("Ana’s own words.");
    expect(say("")).toBe("");
  });
});
