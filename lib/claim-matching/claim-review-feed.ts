/** A fact-check read from ClaimReview JSON-LD, ready to store. */
export interface FactCheckInput {
  url: string;
  claimReviewed: string;
  rating: string | null;
  reviewer: string | null;
  claimAuthor: string | null;
  /** "YYYY-MM-DD" */
  reviewedOn: string | null;
  /** The fact-check's headline (`name`, or `headline`). */
  headline: string | null;
  /** Where the claim appeared, in words: itemReviewed.appearance's names or headlines. */
  appearance: string | null;
  /** `inLanguage` as given ("en", "es-MX", or a Language's name). */
  inLanguage: string | null;
}

export interface SkippedItem {
  /** The item's place among the ClaimReviews found in the file, from 0. */
  index: number;
  reason: string;
}

export type FeedReading =
  { ok: true; items: FactCheckInput[]; skipped: SkippedItem[] } | { ok: false; message: string };

const MAX_TEXT = 5_000;
const MAX_NESTING = 4;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const typesOf = (node: Json): string[] => {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type])
    .filter((t): t is string => typeof t === "string")
    .map((t) => t.replace(/^(https?:\/\/schema\.org\/|schema:)/, ""));
};
const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];

/**
 * The items of a feed in document order: one object, an array, an `@graph`, or a schema.org
 * `DataFeed` whose `dataFeedElement`s are ClaimReviews or `DataFeedItem`s wrapping them in
 * `item` (the shape Google's Fact Check Tools documentation gives).
 */
function itemsOf(node: unknown, depth = 0): unknown[] {
  if (depth > MAX_NESTING) return [node];
  if (Array.isArray(node)) return node.flatMap((n) => itemsOf(n, depth + 1));
  if (!isObject(node)) return [node];
  if (Array.isArray(node["@graph"])) return itemsOf(node["@graph"], depth + 1);
  const types = typesOf(node);
  if (types.includes("DataFeed")) return asList(node.dataFeedElement).flatMap((n) => itemsOf(n, depth + 1));
  if (types.includes("DataFeedItem")) return asList(node.item).flatMap((n) => itemsOf(n, depth + 1));
  return [node];
}

const text = (value: unknown): string | null => {
  if (typeof value !== "string") return null;
  const clean = value.replace(/\s+/g, " ").trim();
  return clean ? clean.slice(0, MAX_TEXT) : null;
};
/** A person or an organisation given as a name, an object with `name`, or a list of either: the first name. */
const nameOf = (value: unknown): string | null => {
  for (const entry of asList(value)) {
    const name = typeof entry === "string" ? text(entry) : isObject(entry) ? text(entry.name) : null;
    if (name) return name;
  }
  return null;
};
const dateOf = (value: unknown): string | null => {
  const raw = text(value);
  if (!raw) return null;
  const parsed = new Date(raw);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
};
const httpUrl = (value: unknown): string | null => {
  const raw = text(value);
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
};
/** reviewRating.alternateName, or "ratingValue of bestRating" when only numbers are given. */
const ratingOf = (value: unknown): string | null => {
  const rating = asList(value).find(isObject);
  if (!rating) return null;
  const named = text(rating.alternateName) ?? text(rating.name);
  if (named) return named;
  const score = rating.ratingValue;
  return score === undefined || score === null
    ? null
    : `${String(score)}${rating.bestRating !== undefined ? ` of ${String(rating.bestRating)}` : ""}`;
};

/** One ClaimReview, or the reason it cannot be kept. */
function readClaimReview(node: unknown): FactCheckInput | string {
  if (!isObject(node)) return "not an object";
  if (!typesOf(node).includes("ClaimReview"))
    return `not a ClaimReview (@type ${JSON.stringify(node["@type"] ?? null)})`;
  const claimReviewed = text(node.claimReviewed);
  if (!claimReviewed) return "claimReviewed is missing or empty";
  const url = httpUrl(node.url);
  if (!url) return node.url === undefined ? "url is missing" : "url is not an http(s) address";
  const item = asList(node.itemReviewed).find(isObject);
  return {
    url,
    claimReviewed,
    rating: ratingOf(node.reviewRating),
    reviewer: nameOf(node.author),
    claimAuthor: item ? nameOf(item.author) : null,
    reviewedOn: dateOf(node.datePublished),
    headline: text(node.name) ?? text(node.headline),
    appearance: appearanceOf(item?.appearance ?? item?.firstAppearance),
    inLanguage: languageOf(node.inLanguage) ?? (item ? languageOf(item.inLanguage) : null),
  };
}

/** The words of itemReviewed.appearance (CreativeWorks: their headline, name or text), up to 1,000 characters. */
const appearanceOf = (value: unknown): string | null => {
  const words = asList(value)
    .map((entry) =>
      typeof entry === "string"
        ? null
        : isObject(entry)
          ? (text(entry.headline) ?? text(entry.name) ?? text(entry.text))
          : null,
    )
    .filter((entry): entry is string => entry !== null);
  return words.length > 0 ? words.join(" ").slice(0, 1000) : null;
};

/** inLanguage as a tag or a Language object ({ name, alternateName }). */
const languageOf = (value: unknown): string | null => {
  const first = asList(value)[0];
  if (typeof first === "string") return text(first)?.slice(0, 35) ?? null;
  return isObject(first) ? ((text(first.alternateName) ?? text(first.name))?.slice(0, 35) ?? null) : null;
};

/**
 * Reads a ClaimReview JSON-LD file. Not JSON: a failure, nothing kept. Otherwise every
 * ClaimReview found, and the items that are not one (or lack `claimReviewed` or `url`) listed by
 * index with the reason. The same URL twice in one file: the later one wins.
 */
export function readClaimReviewFeed(source: string): FeedReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    return {
      ok: false,
      message: `The file is not JSON (${error instanceof SyntaxError ? error.message : "unreadable"}). Nothing was imported.`,
    };
  }
  return readClaimReviews(parsed);
}

/** The same, for JSON already parsed (a request body). */
export function readClaimReviews(parsed: unknown): FeedReading {
  if (typeof parsed !== "object" || parsed === null)
    return {
      ok: false,
      message: "The file holds no ClaimReview: give an object, an array or a DataFeed. Nothing was imported.",
    };
  const items: FactCheckInput[] = [];
  const skipped: SkippedItem[] = [];
  itemsOf(parsed).forEach((node, index) => {
    const read = readClaimReview(node);
    if (typeof read === "string") skipped.push({ index, reason: read });
    else items.push(read);
  });
  const byUrl = new Map(items.map((item) => [item.url, item]));
  return { ok: true, items: [...byUrl.values()], skipped };
}
