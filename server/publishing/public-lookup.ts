import { SLUG_PATTERN } from "@/lib/document/slug";
import { findPublicFactCheck, type PublicLookup } from "@/lib/data/publishing/public-fact-checks";
import { getDb } from "../db";
import { cachedPublic } from "./public-cache";

/** A public address's fact-check, as the public routes read it: cached, never a session or a claim. */
export function publicLookup(slug: string): Promise<PublicLookup> {
  // Only an address a fact-check could have been published under (slugOf) is looked up.
  if (slug.length > 100 || !SLUG_PATTERN.test(slug)) return Promise.resolve({ kind: "missing" });
  return cachedPublic(`fact-check ${slug}`, async () => findPublicFactCheck(await getDb(), slug));
}
