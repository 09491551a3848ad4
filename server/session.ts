import { cache } from "react";
import type { NextRequest } from "next/server";
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import { getDb } from "@/lib/db";
import { loadActor, type Actor } from "@/lib/data/actor";
import { authOptions } from "./auth-options";
import { env } from "./env";

/**
 * The signed-in user as the database knows them now, or null for a visitor (pages). Cached
 * for the duration of one request, so the layout and the page share one lookup.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  return loadActor(await getDb(), session?.user?.id);
});

/**
 * The same for an API request: decodes the session JWT from the request's cookie directly
 * (next-auth's getToken), skipping the session endpoint's callbacks and cookie refresh that
 * getServerSession runs, which cost more than the write itself on the flagging path.
 */
export async function getActorFromRequest(request: Request): Promise<Actor | null> {
  const token = await getToken({ req: request as NextRequest, secret: env().NEXTAUTH_SECRET });
  return loadActor(await getDb(), typeof token?.uid === "string" ? token.uid : null);
}
