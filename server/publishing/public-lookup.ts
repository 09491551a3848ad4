import { findPublicFactCheck, type PublicLookup } from "@/lib/data/publishing/public-fact-checks";
import { getDb } from "../db";
import { cachedPublic } from "./public-cache";

/** Addresses fact-checks are published under (lib/document/slug.ts): anything else is not looked up. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A public address's fact-check, as the public routes read it: cached, never a session or a claim. */
export function publicLookup(slug: string): Promise<PublicLookup> {
  if (slug.length > 100 || !SLUG.test(slug)) return Promise.resolve({ kind: "missing" });
  return cachedPublic(`fact-check ${slug}`, async () => findPublicFactCheck(await getDb(), slug));
}
