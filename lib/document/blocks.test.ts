import { describe, expect, it } from "vitest";
import { opensWithTitle, tiptapDocOf } from "./blocks";

describe("opensWithTitle", () => {
  const doc = tiptapDocOf([
    { type: "heading", level: 1, text: "The  Debate between Open Source and Closed Source " },
    { type: "paragraph", text: "Body." },
  ]);
  it("is true when the first block is a level-1 heading with the title's words", () => {
    expect(opensWithTitle(doc, "The Debate between open source and Closed Source")).toBe(true);
  });
  it("is false for another title, a level-2 heading, or a document that opens with a paragraph", () => {
    expect(opensWithTitle(doc, "Pasted brief")).toBe(false);
    expect(opensWithTitle(tiptapDocOf([{ type: "heading", level: 2, text: "Rates" }]), "Rates")).toBe(false);
    expect(opensWithTitle(tiptapDocOf([{ type: "paragraph", text: "Rates" }]), "Rates")).toBe(false);
    expect(opensWithTitle({ type: "doc", content: [] }, "Rates")).toBe(false);
  });
});
