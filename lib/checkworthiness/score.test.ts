import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_THRESHOLD } from "./cue-weights";
import { scoreSentences } from "./score";

const essay = readFileSync(path.join(process.cwd(), "prisma/seed/essay.txt"), "utf8");

describe("scoreSentences", () => {
  const scored = scoreSentences(essay);
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const rankOf = (words: string) => ranked.findIndex((s) => s.text.includes(words)) + 1;

  it("splits the essay into sentences whose offsets point at their text", () => {
    expect(scored.length).toBeGreaterThan(30);
    for (const s of scored) expect(essay.slice(s.start, s.end)).toBe(s.text);
    // "GPL-3.0" is not a sentence end, and a closing quote alone is not a sentence.
    expect(scored.some((s) => s.text.startsWith("0 protocol"))).toBe(false);
    expect(scored.every((s) => /[\p{L}\p{N}]/u.test(s.text))).toBe(true);
  });

  it("ranks the GPL-3.0 and NIST statements in the top quarter, above the threshold", () => {
    const quarter = Math.ceil(ranked.length / 4);
    expect(rankOf("GPL-3.0 protocol adds")).toBeLessThanOrEqual(quarter);
    expect(rankOf("NIST in the United States requires")).toBeLessThanOrEqual(quarter);
    expect(ranked.find((s) => s.text.includes("GPL-3.0"))!.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it("ranks the rhetorical sentences low, below the threshold", () => {
    for (const words of [
      "The pendulum of cutting-edge technology is seeking balance",
      "The rapid development of artificial intelligence technology is pushing",
      "Perhaps the future AI ecosystem will move towards",
    ]) {
      const sentence = scored.find((s) => s.text.includes(words))!;
      expect(sentence.score, words).toBeLessThan(DEFAULT_THRESHOLD);
      expect(rankOf(words), words).toBeGreaterThan(ranked.length / 4);
    }
  });

  it("explains each score with the cues that raised it, strongest first", () => {
    const gpl = scored.find((s) => s.text.includes("GPL-3.0"))!;
    expect(gpl.reasons).toContain("names a law, standard or licence");
    const xunfei = scored.find((s) => s.text.includes("70%"))!;
    expect(xunfei.reasons).toContain("a percentage");
    expect(scoreSentences("Who really benefits from these tax cuts?")[0]!.reasons).not.toContain("a question");
    expect(scoreSentences("Who really benefits from these tax cuts?")[0]!.score).toBeLessThan(0.1);
  });

  it("keeps offsets right across lines and lines without text", () => {
    const text = "Title line\n\nInflation peaked at 9.1 percent in June 2022. I think so.";
    const sentences = scoreSentences(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      "Title line",
      "Inflation peaked at 9.1 percent in June 2022.",
      "I think so.",
    ]);
  });
});
