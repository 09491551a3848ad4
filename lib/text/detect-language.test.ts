import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectLanguage, readsAsEnglish } from "./detect-language";
import { directionOf, languageName } from "./direction";

// One sentence per language, written for this test.
const SAMPLES: Record<string, string> = {
  en: "The harbour handled nine million containers last year, the port authority said.",
  es: "El puerto movió nueve millones de contenedores el año pasado, según la autoridad portuaria.",
  fr: "Le port a traité neuf millions de conteneurs l'an dernier, selon l'autorité portuaire.",
  pt: "O porto movimentou nove milhões de contêineres no ano passado, segundo a autoridade portuária.",
  de: "Der Hafen hat im vergangenen Jahr neun Millionen Container umgeschlagen, sagte die Hafenbehörde.",
  ar: "تعامل الميناء مع تسعة ملايين حاوية في العام الماضي، بحسب هيئة الميناء.",
  fa: "بندر سال گذشته نه میلیون کانتینر را جابه‌جا کرد، به گفته سازمان بنادر.",
  he: "הנמל טיפל בתשעה מיליון מכולות בשנה שעברה, כך מסרה רשות הנמלים.",
  zh: "据港务局称，该港口去年处理了九百万个集装箱。",
  ja: "港湾局によると、その港は昨年九百万個のコンテナを取り扱った。",
  ko: "항만청에 따르면 그 항구는 작년에 컨테이너 구백만 개를 처리했다.",
  hi: "बंदरगाह प्राधिकरण के अनुसार, बंदरगाह ने पिछले साल नब्बे लाख कंटेनर संभाले।",
  th: "การท่าเรือระบุว่าท่าเรือแห่งนี้รองรับตู้สินค้าเก้าล้านตู้เมื่อปีที่แล้ว",
  ru: "По данным портовой администрации, в прошлом году порт обработал девять миллионов контейнеров.",
};

describe("detectLanguage", () => {
  it.each(Object.entries(SAMPLES))("reads %s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("reads every paragraph of the seeded essay as English, its Chinese punctuation notwithstanding", () => {
    const essay = fs.readFileSync(path.join(__dirname, "../../prisma/seed/essay.txt"), "utf8");
    const paragraphs = essay.split("\n").filter((line) => line.trim().length > 40);
    expect(paragraphs.map(detectLanguage).filter((found) => found !== "en")).toEqual([]);
  });

  it("says nothing of a paragraph too short to tell", () => {
    expect(detectLanguage("1、")).toBeNull();
    expect(detectLanguage("Figure 2")).toBeNull();
  });

  it("lets the English check-worthiness model judge English and short Latin text only", () => {
    expect(readsAsEnglish(SAMPLES.en!)).toBe(true);
    expect(readsAsEnglish("GDP rose 2%.")).toBe(true);
    expect(readsAsEnglish(SAMPLES.es!)).toBe(false);
    expect(readsAsEnglish(SAMPLES.ar!)).toBe(false);
    expect(readsAsEnglish("الميناء 2025")).toBe(false);
  });

  it("gives right-to-left for Arabic, Persian and Hebrew, and names languages in words", () => {
    expect(["ar", "fa", "he", "en", "zh", null].map(directionOf)).toEqual(["rtl", "rtl", "rtl", "ltr", "ltr", "ltr"]);
    expect(languageName("ar")).toBe("Arabic");
  });
});
