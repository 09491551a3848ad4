import { describe, expect, it } from "vitest";
import { findMentions, findUnknownMentions, withoutMentions } from "./mentions";

const users = [
  { id: "u1", name: "Ana" },
  { id: "u2", name: "Ana Lima" },
  { id: "u3", name: "Ben" },
];

describe("findMentions", () => {
  it("matches the longest name after @, case-insensitively", () => {
    expect(findMentions("Thanks @ana lima, and @Ben.", users).map((m) => m.userId)).toEqual(["u2", "u3"]);
    expect(findMentions("@Ana can you check?", users).map((m) => m.userId)).toEqual(["u1"]);
  });

  it("ignores email addresses and unknown names", () => {
    expect(findMentions("write to ana@example.org or @Zed", users)).toEqual([]);
  });

  it("needs a word boundary after the name", () => {
    expect(findMentions("@Benjamin", users)).toEqual([]);
  });
});

describe("findMentions bounds", () => {
  it("stops after MAX_MENTIONS matches and reads a bounded number of @ signs", () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ id: `u${i}`, name: `user${i}` }));
    const text = many.map((u) => `@${u.name}`).join(" ");
    expect(findMentions(text, many)).toHaveLength(20);
    // 10,000 "@x" before a real mention: only the first 200 "@" are read.
    const flood = "@x ".repeat(10_000) + "@user1";
    expect(findMentions(flood, many)).toEqual([]);
  });
});

describe("handles and unknown mentions", () => {
  const people = [
    { id: "u1", name: "Ana Lima", handle: "ana" },
    { id: "u2", name: "Ben Okafor", handle: "ben-o" },
  ];

  it("matches a handle as well as the full name", () => {
    expect(findMentions("@ana and @Ben Okafor and @ben-o.", people).map((m) => [m.userId, m.name])).toEqual([
      ["u1", "Ana Lima"],
      ["u2", "Ben Okafor"],
      ["u2", "Ben Okafor"],
    ]);
  });

  it("keeps an escaped sign as text", () => {
    expect(findMentions("the account \\@ana posted", people)).toEqual([]);
    expect(findUnknownMentions("the account \\@OpenAI posted", people)).toEqual([]);
  });

  it("names each @word that matches nobody, once, ignoring emails, code and bare signs", () => {
    expect(findUnknownMentions("@Zed, @ana, @zed again? @Zed; mail z@x.org; `@code` @ 5pm", people)).toEqual([
      "@Zed",
      "@zed",
    ]);
    expect(findUnknownMentions("@Ana Lima agrees", people)).toEqual([]);
  });
});

describe("withoutMentions", () => {
  const people = [
    { id: "u1", name: "Ana Lima", handle: "ana" },
    { id: "u2", name: "Ben", handle: "benji" },
  ];
  it("takes out every mention of a known user and leaves readable text", () => {
    expect(withoutMentions("Checked, @Ben: the 2023 figure is wrong.", people)).toBe(
      "Checked: the 2023 figure is wrong.",
    );
    expect(withoutMentions("@Ana Lima can you confirm? Thanks @benji.", people)).toBe("can you confirm? Thanks.");
    expect(withoutMentions("Source:\n\n@ana see page 4", people)).toBe("Source:\n\nsee page 4");
  });
  it("keeps email addresses, unknown @words and text without mentions as they are", () => {
    expect(withoutMentions("Write to ana@example.org or @Zed.", people)).toBe("Write to ana@example.org or @Zed.");
  });
  it("takes out more mentions than one pass finds", () => {
    const many = Array.from({ length: 30 }, () => "@Ben").join(" ") + " end";
    expect(withoutMentions(many, people)).toBe("end");
  });
});
