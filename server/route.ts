import { NextResponse } from "next/server";
import { getDb, type Db } from "@/lib/db";
import type { Actor } from "@/lib/data/actor";
import type { Result } from "@/lib/result";
import { getActorFromRequest } from "./session";

/** Turns a data-layer result into a JSON response with the matching HTTP status. */
export function respond<T>(result: Result<T>, successStatus = 200): NextResponse {
  if (result.ok) return NextResponse.json(result.data, { status: successStatus });
  return NextResponse.json({ message: result.message, fieldErrors: result.fieldErrors }, { status: result.status });
}

/** Reads a JSON body (an empty body reads as {}); not ok when the body is not JSON (a 400). */
async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false }> {
  try {
    const text = await request.text();
    return { ok: true, body: text.trim() === "" ? {} : JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

type Handler<P> = (ctx: { db: Db; actor: Actor | null; body: unknown; params: P }) => Promise<Result<unknown>>;

/**
 * Wraps a JSON write route: refuses non-JSON bodies, reads the caller and the body, runs the
 * data-layer call (which does the permission checks), and maps the result to a response.
 * With `signedIn` (the default) a visitor gets 401 before the handler runs. Unexpected
 * errors are logged once here and become one generic 500 message.
 */
export function jsonRoute<P>(handler: Handler<P>, options: { successStatus?: number; signedIn?: boolean } = {}) {
  const { successStatus = 200, signedIn = true } = options;
  return async (request: Request, context: { params: Promise<P> }): Promise<NextResponse> => {
    try {
      // Writes take JSON only. Besides SameSite session cookies, this keeps a cross-site
      // HTML form (which cannot send application/json without a CORS preflight) from posting.
      const type = request.headers.get("content-type") ?? "";
      if (request.headers.get("content-length") !== "0" && type && !/^application\/json\b/i.test(type)) {
        return NextResponse.json({ message: "Send the request body as application/json." }, { status: 415 });
      }
      const json = await readJson(request);
      if (!json.ok) return NextResponse.json({ message: "The request body must be JSON." }, { status: 400 });
      const [db, actor, params] = await Promise.all([getDb(), signedIn ? getActorFromRequest(request) : null, context.params]);
      if (signedIn && !actor) return NextResponse.json({ message: "Sign in to do that." }, { status: 401 });
      return respond(await handler({ db, actor, body: json.body, params }), successStatus);
    } catch (error) {
      console.error("request failed", request.method, request.url, error);
      return NextResponse.json({ message: "Something went wrong on our side. Nothing was saved; try again." }, { status: 500 });
    }
  };
}

/** A JSON write route for signed-in callers (the usual case). */
export function writeRoute<P>(handler: Handler<P>, successStatus = 200) {
  return jsonRoute(handler, { successStatus });
}
