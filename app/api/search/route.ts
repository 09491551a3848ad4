import { searchEverything } from "@/lib/data/search/search";
import { readRoute } from "@/server/route";

/** GET ?q=&type=&workspace=&verdict=&status=&from=&to=&page=: search everything the caller may read. */
export const GET = readRoute(({ db, actor, request }) =>
  searchEverything(db, actor, Object.fromEntries(new URL(request.url).searchParams)),
);
