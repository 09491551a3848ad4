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

  it("explains each score with what pushed it up most, in words a person can read", () => {
    const xunfei = scored.find((s) => s.text.includes("70%"))!;
    expect(xunfei.reasons).toContain("a percentage");
    for (const s of scored) expect(s.reasons.length).toBeLessThanOrEqual(3);
    const welfare = scoreSentences("We reduced the welfare rolls by 2 million already.")[0]!;
    expect(welfare.reasons).toContain("a number");
    expect(welfare.reasons).toContain("the word “million”");
    // Words that say nothing ("for", "the") are never given as a reason.
    expect(scored.flatMap((s) => s.reasons).some((r) => /“(for|the|with|from)”/.test(r))).toBe(false);
    expect(scoreSentences("Who really benefits from these tax cuts?")[0]!.score).toBeLessThan(0.25);
  });

  // Patterns a reviewer found wrong in the hand-set cues, on sentences from public debates.
  it("reads first-person records and numbers alone as claims, pledges and pleasantries not", () => {
    const score = (text: string) => scoreSentences(text)[0]!.score;
    for (const claim of [
      "Now it's in over 30 countries.",
      "We reduced the welfare rolls by 2 million already.",
      "Senator Obama has opposed that.",
      "Two-thirds of voters backed the measure.",
    ])
      expect(score(claim), claim).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    for (const other of [
      "We've got to move ahead with energy independence.",
      "I will veto any bill that raises taxes if I'm the president.",
      "Thank you all for coming tonight.",
    ])
      expect(score(other), other).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it("marks sentences on heading lines, so they are never suggested", () => {
    const text = "Inflation rose 9 percent in 2022\nInflation rose 9 percent in 2022, the agency said.";
    const [heading, body] = scoreSentences(text, undefined, new Set([0]));
    expect(heading!.cues).toContain("heading");
    expect(body!.cues).not.toContain("heading");
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
