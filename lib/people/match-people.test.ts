import { describe, expect, it } from "vitest";
import { matchPeople, mentionAtCaret } from "./match-people";

const people = [
  { id: "1", name: "Ana Lima", handle: "ana-lima" },
  { id: "2", name: "Zoë Banana", handle: "zb" },
  { id: "3", name: "Bruno Anand", handle: "bruno" },
  { id: "4", name: "Carla Mendes", handle: null },
];

describe("matchPeople", () => {
  it("puts name and handle prefixes first, then later words, then anywhere", () => {
    expect(matchPeople("an", people).map((p) => p.name)).toEqual(["Ana Lima", "Bruno Anand", "Zoë Banana"]);
  });

  it("ignores case and accents, and finds people by handle", () => {
    expect(matchPeople("ZOE", people).map((p) => p.id)).toEqual(["2"]);
    expect(matchPeople("zb", people).map((p) => p.id)).toEqual(["2"]);
  });

  it("lists everyone alphabetically for an empty query, up to the limit", () => {
    expect(matchPeople("", people, 2).map((p) => p.name)).toEqual(["Ana Lima", "Bruno Anand"]);
    expect(matchPeople("xyz", people)).toEqual([]);
  });
});

describe("mentionAtCaret", () => {
  it("finds the @word before the caret, with one space allowed for full names", () => {
    expect(mentionAtCaret("Ask @an", 7)).toEqual({ start: 4, query: "an" });
    expect(mentionAtCaret("Ask @Ana Li", 11)).toEqual({ start: 4, query: "Ana Li" });
    expect(mentionAtCaret("@", 1)).toEqual({ start: 0, query: "" });
  });

  it("is null outside a mention, in an email address, or after an escaped sign", () => {
    expect(mentionAtCaret("Ask Ana", 7)).toBeNull();
    expect(mentionAtCaret("mail ana@ex", 11)).toBeNull();
    expect(mentionAtCaret("the \\@foo", 9)).toBeNull();
    expect(mentionAtCaret("@Ana Lima and", 13)).toBeNull();
  });
});
