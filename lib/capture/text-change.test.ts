import { describe, expect, it } from "vitest";
import { capturableUrls, urlsInText } from "./capture-state";
import { compareSourceText } from "./text-change";

describe("compareSourceText", () => {
  it("calls re-flowed text unchanged", () => {
    expect(
      compareSourceText(
        "Ridership was  480 million.\n\nSource: annual report.",
        " Ridership was 480 million. Source: annual report. ",
      ),
    ).toEqual({ state: "UNCHANGED" });
  });

  it("shows what changed, word for word, and how much", () => {
    const change = compareSourceText("Ridership was 480 million in 2023.", "Ridership was 610 million in 2023.");
    expect(change.state).toBe("CHANGED");
    if (change.state !== "CHANGED") return;
    expect(change.diff).toContainEqual([-1, "48"]);
    expect(change.diff).toContainEqual([1, "61"]);
    expect(change.added).toBe(2);
    expect(change.removed).toBe(2);
  });
});

describe("capturable addresses", () => {
  it("keeps http(s) addresses once and nothing else", () => {
    expect(
      capturableUrls([
        "https://a.example/x",
        "https://a.example/x",
        "ftp://b.example/",
        "javascript:alert(1)",
        "not a url",
        "http://c.example",
      ]),
    ).toEqual(["https://a.example/x", "http://c.example"]);
  });
  it("finds links in a summary, without trailing punctuation", () => {
    expect(urlsInText("See https://stats.example/metro, and (http://b.example/report).")).toEqual([
      "https://stats.example/metro",
      "http://b.example/report",
    ]);
  });
});
