import { describe, expect, it } from "vitest";
import { matchTerms } from "./normalise-terms";
import { MemoryMatchStore } from "./memory-match-store";
import { queryMatches, type Checkable, type QueryOptions } from "./rank-similar";

const corpus = [
  { key: "wage", text: "The minimum wage has not increased since 2009." },
  { key: "inflation", text: "Inflation in the United States peaked at 9.1 percent in June 2022." },
  { key: "inflation-uk", text: "Food prices rose by 19 percent in the United Kingdom in the year to March 2023." },
  { key: "iphone", text: "Apple sold more than 230 million iPhones in 2022." },
  { key: "accessories", text: "Apple sold more than 230 million dollars of accessories in 2012." },
  { key: "gpl", text: "The GPL-3.0 licence requires anyone who distributes modified code to publish its source." },
  { key: "gpl-date", text: "The GPL-3.0 licence was published in 2007 by the Free Software Foundation." },
];

describe("matchTerms", () => {
  it("spells numbers, percentages and places one way, and stems words", async () => {
    expect(matchTerms("Two million people (12%) left the U.S.")).toEqual([
      "2",
      "million",
      "peopl",
      "12",
      "percent",
      "left",
      "usa",
    ]);
    expect(matchTerms("rising")).toEqual(matchTerms("rise"));
  });
});

/** The ranking over an in-memory index (the database's is tested in lib/data/fact-checks/match-index.db.test.ts). */
const indexOf = (items: Checkable[]) => {
  const store = new MemoryMatchStore(items);
  return { query: (text: string, options?: QueryOptions) => queryMatches(store, text, options) };
};

describe("the similar-claims ranking", () => {
  const index = indexOf(corpus);

  it("finds a paraphrase's original first, ahead of a distractor sharing its words", async () => {
    expect((await index.query("US inflation hit a 9.1% peak in June 2022."))[0]!.key).toBe("inflation");
    expect((await index.query("Over 230 million iPhones were shipped by Apple in 2022."))[0]!.key).toBe("iphone");
    expect(
      (await index.query("If you distribute modified GPL-3.0 software, you have to release the source code."))[0]!.key,
    ).toBe("gpl");
  });

  it("scores 0..1, best first, and honours the limit and the exclusions", async () => {
    const matches = await index.query("Apple sold 230 million iPhones in 2022", {
      limit: 3,
      exclude: new Set(["iphone"]),
      minStrength: "any",
    });
    expect(matches.length).toBeLessThanOrEqual(3);
    expect(matches.map((m) => m.key)).not.toContain("iphone");
    for (const m of matches) expect(m.score).toBeGreaterThan(0);
    expect(matches.every((m, i) => i === 0 || matches[i - 1]!.score >= m.score)).toBe(true);
  });

  it("finds nothing for a query of stop words only", async () => {
    expect(await index.query("the of and")).toEqual([]);
  });

  it("shows nothing below the relevance floor, never filler, and says how strong each match is", async () => {
    expect(await index.query("School meals in Finland are free for every pupil.")).toEqual([]);
    expect(
      (await index.query("School meals in Finland are free for every pupil.", { minStrength: "any" })).length,
    ).toBeGreaterThan(0);
    const [best] = await index.query("US inflation hit a 9.1% peak in June 2022.");
    expect(best).toMatchObject({ key: "inflation", strength: "close" });
    expect(best!.score).toBeGreaterThan(0.5);
    expect(best!.score).toBeLessThanOrEqual(1);
  });

  it("finds a fact-check by its headline, and reads each language with its own stemmer", async () => {
    const local = indexOf([
      { key: "meals", text: "Pupils get lunch at no cost.", headline: "Are school meals free in Finland?" },
      { key: "es", text: "El gobierno prohibió los teléfonos móviles en las escuelas públicas.", language: "es" },
      { key: "other", text: "Bees are declining across Europe." },
    ]);
    expect((await local.query("Finland gives free school meals", { minStrength: "any" }))[0]?.key).toBe("meals");
    // "prohíbe" and "prohibió", "teléfono" and "teléfonos": one Spanish stem each.
    expect(
      (await local.query("El gobierno prohíbe el teléfono móvil en la escuela pública", { minStrength: "any" }))[0]
        ?.key,
    ).toBe("es");
  });

  it("reads a post as a query: links, handles' and hashtags' signs do not decide the match", async () => {
    const [best] = await index.query(
      "WOW #Apple sold more than 230 million iPhones in 2022 https://t.co/abc123 pic.twitter.com/xyz — Fan (@applefan) May 1, 2023",
      { minStrength: "any" },
    );
    expect(best?.key).toBe("iphone");
  });
});
