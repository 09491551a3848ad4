import { describe, expect, it } from "vitest";
import { sentenceAt } from "./sentence-at";

const text = "Nvidia leads the market. Meta released LLaMA in 2023. It spread fast.";
const at = (offset: number, of = text) => {
  const found = sentenceAt(of, offset);
  return found && of.slice(found.start, found.end);
};

describe("sentenceAt", () => {
  it("gives the sentence holding the position, without the space after it", () => {
    expect(at(0)).toBe("Nvidia leads the market.");
    expect(at(text.indexOf("LLaMA"))).toBe("Meta released LLaMA in 2023.");
    expect(at(text.length)).toBe("It spread fast.");
  });
  it("reads Chinese sentence ends", () => {
    const chinese = "开源降低了门槛。闭源保护了投资。";
    expect(at(9, chinese)).toBe("闭源保护了投资。");
  });
  it("has nothing for a blank text", () => {
    expect(sentenceAt("   ", 1)).toBeNull();
    expect(sentenceAt("", 0)).toBeNull();
  });
});
