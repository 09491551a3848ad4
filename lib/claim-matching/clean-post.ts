/**
 * A post or a pasted passage as a search query: links ("https://…", "pic.twitter.com/…", also
 * glued to the word before it or spaced out as copied posts carry them: "Tuesdaypic.twitter.com/…",
 * "pic .twitter.com/…") and HTML entities are taken out; @handles and #hashtags lose their sign
 * and are split into words ("@realDonaldTrump" → "real Donald Trump", "#DefundTheCBC" → "Defund
 * The CBC"); emoji and "RT" go. The signature of an embedded tweet ("— Name (@handle) December
 * 26, 2019") stays: on the CLEF 2020 training posts, who posted and when find the fact-check more
 * often than they mislead (MAP@5 0.871 kept, 0.808 removed; npm run eval).
 */
export function cleanPost(text: string): string {
  return text
    .replace(DATE_WITH_DAY, (...parts: (string | undefined)[]) => `${parts[1] ?? parts[3]} ${parts[2] ?? parts[4]}`)
    .replace(/https?:\/\/\S+/giu, " ")
    .replace(/pic\s?\.\s?twitter\.com\/\S*/giu, " ")
    .replace(/\b(?:t\.co|bit\.ly|youtu\.be)\/\S*/giu, " ")
    .replace(/&(?:amp|quot|apos|lt|gt|nbsp);/g, (entity) => ENTITIES[entity] ?? " ")
    .replace(/(^|\s)RT\b:?/g, " ")
    .replace(/[@#](\w{1,60})/g, (_, name: string) => ` ${splitWords(name)} `)
    .replace(/[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
/**
 * A full date ("December 11, 2019", "11 December 2019"), read as its month and year: fact-checks
 * name the month and year of what they check, while the day of a post's date (its signature's,
 * mostly) met unrelated numbers ("19 bodies" for "May 19"). CLEF 2020 training posts: MAP@5
 * 0.870 → 0.872 (npm run eval).
 */
const DATE_WITH_DAY = new RegExp(`\\b(?:(${MONTH}) ${DAY},? (\\d{4})|${DAY} (${MONTH}),? (\\d{4}))\\b`, "giu");

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&quot;": '"',
  "&apos;": "'",
  "&lt;": "<",
  "&gt;": ">",
  "&nbsp;": " ",
};

/** "DefundTheCBC" → "Defund The CBC", "real_donald" → "real donald"; "covid19" stays one word. */
const splitWords = (name: string) =>
  name
    .replace(/_/g, " ")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2");
