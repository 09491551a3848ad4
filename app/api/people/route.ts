import { findPeople } from "@/lib/data/accounts/people";
import { readRoute } from "@/server/route";

/** GET ?q=: people to mention, matching what was typed after "@" (signed in; at most 8). */
export const GET = readRoute(({ db, actor, request }) =>
  findPeople(db, actor, new URL(request.url).searchParams.get("q") ?? ""),
);
