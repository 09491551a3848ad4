import { cache } from "react";
import type { NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import type { Db } from "@/lib/db";
import { loadActor, type Actor } from "@/lib/data/actor";
import { getReaderPreferences, type ReaderPreferences } from "@/lib/data/accounts/reader-preferences";
import { authOptions } from "./auth-options";
import { getDb } from "./db";
import { env } from "./env";
import { decodeSessionToken, sessionClaimsOf } from "./session-token";

/**
 * The signed-in user as the database knows them now, or null for a visitor (pages). Cached
 * for the duration of one request, so the layout and the page share one lookup.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  const user = session?.user;
  return loadActor(await getDb(), user?.id ? { userId: user.id, sessionVersion: user.sessionVersion } : null);
});

/**
 * The signed-in person's settings (the Suggestions toggle, the interface language), read once per
 * request: the language is read for every page's messages, and the reader and the profile want
 * them too.
 */
export const getPreferences = cache(async (): Promise<ReaderPreferences> =>
  getReaderPreferences(await getDb(), await getActor()),
);

/**
 * The same for an API request: decodes the session JWT from the request's cookie directly
 * (next-auth's getToken with a cached key), skipping the session endpoint's callbacks and
 * cookie refresh that getServerSession runs, which cost more than the write itself.
 */
export async function actorFromSessionCookie(request: Request, db: Db): Promise<Actor | null> {
  const token = await getToken({
    req: request as NextRequest,
    secret: env().NEXTAUTH_SECRET,
    decode: decodeSessionToken,
  }).catch(() => null);
  return loadActor(db, sessionClaimsOf(token));
}
