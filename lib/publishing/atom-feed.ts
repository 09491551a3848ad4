import { Feed } from "feed";
import type { DeskSettings } from "./desk-settings";
import { factCheckUrl, factCheckWords, type PublicFactCheck } from "./public-fact-check";

/**
 * /fact-checks/feed.xml: the newest public fact-checks as Atom 1.0 (written by the `feed`
 * package). An entry's id is its page's address, and its `updated` is the last correction's
 * date, so feed readers show a corrected fact-check again instead of a second entry. Each entry
 * reads in its fact-check's language, like its page; the feed's own title is English.
 */
export function renderAtomFeed(facts: readonly PublicFactCheck[], desk: DeskSettings, origin: string): string {
  const updated = facts.reduce((latest, f) => (f.modifiedAt > latest ? f.modifiedAt : latest), desk.updatedAt);
  const feed = new Feed({
    title: `${desk.organisationName}: fact-checks`,
    id: `${origin}/fact-checks`,
    link: `${origin}/fact-checks`,
    updated: new Date(updated),
    copyright: desk.licenceName,
    generator: "Claimmark",
    feedLinks: { atom: `${origin}/fact-checks/feed.xml` },
    author: { name: desk.organisationName, link: desk.organisationUrl || origin },
  });
  for (const fact of facts) {
    const url = factCheckUrl(origin, fact.slug);
    const words = factCheckWords(fact);
    const corrections = fact.corrections.map((c) =>
      words.public("updatedWithNote", { date: words.date(c.at), note: c.note }),
    );
    feed.addItem({
      title: fact.headline,
      id: url,
      link: url,
      date: new Date(fact.modifiedAt),
      published: new Date(fact.firstPublishedAt),
      description: [`${words.verdict(fact.verdict)}: ${fact.summary}`, ...corrections].join("\n\n"),
      author: [{ name: desk.organisationName }],
    });
  }
  return feed.atom1();
}
