import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import ar from "./ar.json";
import browserAr from "./browser/ar.json";
import browserEs from "./browser/es.json";
import es from "./es.json";
import { serverTextCatalogFor } from "./translate-server-text";

const PARTS = { server: { es, ar }, browser: { es: browserEs, ar: browserAr } };

function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number) found.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}
const placeholdersOf = (english: string) => new Set([...english.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));

describe.each(Object.entries(PARTS))("the %s part of the server-text catalogs", (_, { es, ar }) => {
  it("has the same English texts in Spanish and Arabic", () => {
    expect(Object.keys(ar).sort()).toEqual(Object.keys(es).sort());
  });

  it.each([
    ["es", es],
    ["ar", ar],
  ] as const)("%s: every translation parses and uses exactly its English's placeholders", (_, catalog) => {
    for (const [english, translation] of Object.entries(catalog)) {
      const used = argumentsOf(parse(translation, { ignoreTag: true }));
      expect([...used].sort(), `${english} → ${translation}`).toEqual([...placeholdersOf(english)].sort());
    }
  });

  it.each([
    ["es", es],
    ["ar", ar],
  ] as const)("%s: every text is translated, and no English text is only placeholders", (_, catalog) => {
    for (const [english, translation] of Object.entries(catalog)) {
      expect(translation, english).not.toBe(english);
      expect(english.replace(/\{\w+\}/g, "").trim(), english).not.toBe("");
    }
  });
});

it("keeps the browser's part and the server's apart, so nothing is translated twice over", () => {
  const shared = Object.keys(browserEs).filter((english) => english in es);
  expect(shared).toEqual([]);
  expect(Object.keys(serverTextCatalogFor("es")!).length).toBeGreaterThan(Object.keys(es).length);
});
