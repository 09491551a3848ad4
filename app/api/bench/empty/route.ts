import { env } from "@/server/env";
import { jsonResponse } from "@/server/request/json-response";

/**
 * POST: does nothing and answers {}, as every route answers JSON (server/request/json-response.ts).
 * The benchmark (npm run bench) measures it as the framework's ceiling for a route handler in
 * this same build. It exists only while the server runs with CLAIMMARK_BENCH=1; otherwise it
 * is a 404 like any unknown path.
 */
export async function POST(request: Request) {
  if (!env().CLAIMMARK_BENCH) return jsonResponse({ message: "Not found." }, { status: 404 });
  await request.text();
  return jsonResponse({});
}
