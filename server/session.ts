import { getServerSession } from "next-auth";
import { getDb } from "@/lib/db";
import { loadActor, type Actor } from "@/lib/data/actor";
import { authOptions } from "./auth-options";

/** The signed-in user as the database knows them now, or null for a visitor. */
export async function getActor(): Promise<Actor | null> {
  const session = await getServerSession(authOptions());
  return loadActor(await getDb(), session?.user?.id);
}
