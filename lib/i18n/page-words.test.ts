import { describe, expect, it } from "vitest";
import { pageWords } from "./page-words";

describe("page words", () => {
  it("says each message with its own values, however often the same message was said before", () => {
    const en = pageWords("en");
    expect([1, 2, 3].map((number) => en.report("claimNumber", { number }))).toEqual(["Claim 1", "Claim 2", "Claim 3"]);
    expect(en.report("notYetReviewed")).toBe("Not yet reviewed");
    expect(en.report("notYetReviewed")).toBe("Not yet reviewed");
    expect(en.report("claimNumber", { number: 4 })).toBe("Claim 4");
  });

  it("keeps each language's words apart", () => {
    expect(pageWords("ar").report("claimNumber", { number: 2 })).toBe("الادعاء 2");
    expect(pageWords("es").report("notYetReviewed")).not.toBe(pageWords("en").report("notYetReviewed"));
    expect(pageWords("en").report("claimNumber", { number: 2 })).toBe("Claim 2");
  });
});
