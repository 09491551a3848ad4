import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blocksOfTiptapDoc, plainTextOf, tiptapDocOf } from "./blocks";
import { parseEssay } from "./parse-essay";

const essay = fs.readFileSync(path.join(__dirname, "../../prisma/seed/essay.txt"), "utf8");

describe("parseEssay", () => {
  const blocks = parseEssay(essay);

  it("makes the first line the title and the numbered section lines headings", () => {
    expect(blocks[0]).toEqual({
      type: "heading",
      level: 1,
      text: expect.stringMatching(/^The Debate between Open Source and Closed Source/),
    });
    const sections = blocks.filter((b) => b.type === "heading" && b.level === 2).map((b) => b.text.slice(0, 2));
    expect(sections).toEqual(["1、", "2、", "3、", "4、"]);
    expect(blocks.filter((b) => b.type === "paragraph")).toHaveLength(9);
  });

  it("keeps the text exactly: the plain text is the essay itself", () => {
    expect(plainTextOf(blocks)).toBe(essay.replace(/\n+$/, ""));
  });

  it("round-trips through Tiptap JSON", () => {
    expect(blocksOfTiptapDoc(tiptapDocOf(blocks))).toEqual(blocks);
  });

  it("normalises Windows line endings without changing the words", () => {
    expect(plainTextOf(parseEssay("Title\r\nBody line.\r\n"))).toBe("Title\nBody line.");
  });
});
