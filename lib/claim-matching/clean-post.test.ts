import { describe, expect, it } from "vitest";
import { cleanPost } from "./clean-post";

describe("cleanPost", () => {
  it("takes out links and emoji, turns handles and hashtags into words, and keeps the post's words", () => {
    const post =
      'The CBC is paid for by Canadian tax $$$. "CBC deletes Trump from Home Alone 2" #DefundTheCBChttps://t.co/CsHG8R9cHp — Brad Trost 🇨🇦 (@BradTrostCPC) December 26, 2019';
    const cleaned = cleanPost(post);
    expect(cleaned).toContain("CBC deletes Trump from Home Alone 2");
    expect(cleaned).toContain("Defund The CBC");
    expect(cleaned).toContain("Brad Trost CPC");
    for (const gone of ["https", "t.co", "@", "#", "🇨🇦"]) expect(cleaned).not.toContain(gone);
  });

  it("drops pic.twitter.com links, RT and entities, and leaves a plain sentence as it was", () => {
    expect(cleanPost("RT Butterflies &amp; wombats pic.twitter.com/0eJtwJyS1J")).toBe("Butterflies & wombats");
    const plain = "The EU AI Act bans social scoring by public authorities.";
    expect(cleanPost(plain)).toBe(plain);
  });

  it("drops a picture link glued to the word before it or spaced out, as copied posts carry them", () => {
    expect(cleanPost("Shameful act WW3pic .twitter.com/9CgOACecb0 — Saab")).toBe("Shameful act WW3 — Saab");
    expect(cleanPost("Ticket Tuesdaypic.twitter.com/TlOXWtvgOW")).toBe("Ticket Tuesday");
  });

  it("reads a full date as its month and year, in either order, and leaves other numbers alone", () => {
    expect(cleanPost("I ain't dead — PNBROCK (@pnbrock) December 11, 2019")).toBe(
      "I ain't dead — PNBROCK ( pnbrock ) December 2019",
    );
    expect(cleanPost("Seen on 19th May, 2017: 19 bodies")).toBe("Seen on May 2017: 19 bodies");
  });
});
