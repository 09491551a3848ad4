import { describe, expect, it } from "vitest";
import { defaultDeskSettings } from "@/lib/publishing/desk-settings";
import type { PublicFactCheck } from "@/lib/publishing/public-fact-check";
import { renderShareCard } from "@/lib/publishing/render-cards";

const fact = (quote: string, language: string): PublicFactCheck => ({
  slug: "x",
  headline: "A headline",
  summary: "A summary.",
  verdict: "FALSE",
  quote,
  claimAuthor: null,
  claimPublisher: null,
  claimDate: null,
  claimUrl: null,
  sources: [],
  language,
  reviewerName: null,
  firstPublishedAt: "2026-12-01T00:00:00.000Z",
  modifiedAt: "2026-12-01T00:00:00.000Z",
  underReviewSince: null,
  corrections: [],
  version: 1,
});

const desk = defaultDeskSettings("Riverside Fact Desk", "");

describe("share images", () => {
  it("paints a 1200×630 PNG whose Chinese and Arabic text is drawn by the bundled fonts", async () => {
    process.env.NEXTAUTH_SECRET ??= "a-test-secret-long-enough";
    const { paintShareCard } = await import("./share-image");
    for (const [quote, language, family] of [
      ["开源模型在二〇二四年占据了百分之四十的市场份额", "zh", "Noto Sans SC"],
      ["ارتفعت أسعار الحافلات بنسبة أربعين في المئة", "ar", "Noto Sans Arabic"],
    ] as const) {
      const { png, fonts } = await paintShareCard(renderShareCard(fact(quote, language), desk));
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(fonts, language).toContain(family);
    }
  }, 60_000);
});
