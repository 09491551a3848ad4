import { NextResponse } from "next/server";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/data/actor";
import { scopeFor } from "@/lib/auth/api-token";
import type { TokenActor } from "@/lib/data/accounts/api-tokens";
import { limitTokenRequests, limitUserWrite } from "@/lib/limits/request-limits";
import type { Result } from "@/lib/result";
import { canReview, isAdmin } from "@/lib/roles";
import { workspacesWhere } from "@/lib/data/workspaces/scope";
import { findIllFormedString } from "@/lib/text/well-formed";
import { jsonDepthExceeds, MAX_JSON_DEPTH } from "@/lib/validation/json-depth";
import { getDb } from "./db";
import { env } from "./env";
import { actorSourceFor } from "./request/actor-sources";
import { CORS_EXPOSED_HEADERS } from "./request/cors";
import { newRowId, readIdempotencyKey } from "./request/idempotency";
import { jsonResponse } from "./request/json-response";
import { DEFAULT_MAX_BODY_BYTES, readBodyCapped } from "./request/read-body";
import { receiveUpload, UploadedForm } from "./request/upload-form";
import { appOriginsOf, isSameOriginWrite } from "./request/same-origin";
import { chooseLocale, DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translateServerText } from "@/lib/i18n/server-text/translate-server-text";

export interface RouteContext<P> {
  db: Db;
  /** Who is calling; null for a visitor (only on routes with `caller: "anyone"`). */
  actor: Actor | null;
  /** The parsed JSON body of a write ({} when empty); undefined on reads. */
  body: unknown;
  params: P;
  request: Request;
  /**
   * The id a creating write gives its new row: derived from Idempotency-Key when sent (server/request/idempotency.ts).
   */
  newId: string;
}

type Handler<P> = (ctx: RouteContext<P>) => Promise<Result<unknown> | Response>;

/**
 * Who may call a route, declared once on the route and checked at the boundary before a byte
 * of the body is read: "anyone" (visitors pass), "user" (a visitor gets 401; the default for
 * writes), "reviewer" and "admin" (401 for a visitor, 403 for a lower role). The data layer
 * checks the role again on every write (ARCHITECTURE.md); this check keeps a refused caller
 * from costing the server a body.
 */
export type Caller = "anyone" | "user" | "reviewer" | "admin";

/**
 * "reviewer": an Editor (or Admin) of at least one workspace — which one is the data layer's
 * question, asked of the workspace the request touches. "admin": a site administrator.
 */
const ROLE_NEEDED: Partial<Record<Caller, { allows: (actor: Actor) => boolean; refusal: string }>> = {
  reviewer: {
    allows: (actor) => workspacesWhere(actor, canReview).length > 0,
    refusal: "This needs the Editor role in a workspace.",
  },
  admin: { allows: (actor) => isAdmin(actor.role), refusal: "This needs the admin role." },
};

export interface RouteOptions {
  caller?: Caller;
  /** What a caller without the role is told (403), when the route has better words than the default. */
  refusal?: string;
  /** Status of a successful answer when the result does not set one. */
  successStatus?: number;
  /** The largest body a write accepts (default 64 KB); past it, 413. */
  maxBodyBytes?: number;
  /**
   * Also accept multipart/form-data (file uploads): the handler's `body` is then an UploadedForm,
   * its files already on disk (server/request/upload-form.ts).
   * The same-origin check still guards cookie writes, since a cross-site form can send this type.
   */
  acceptsMultipart?: boolean;
}

const json = (status: number, message: string, request: Request, headers?: Record<string, string>) =>
  jsonResponse({ message: translateServerText(message, callerLocale(request)) }, { status, headers });

/**
 * Turns a data-layer result into a JSON response with its status and headers; a refusal's
 * words in the caller's language (Accept-Language: the app's own pages send their interface
 * language, read only when there is a refusal to word), the data as it is.
 */
export function respond<T>(result: Result<T>, successStatus = 200, request?: Request): NextResponse {
  if (result.ok) return jsonResponse(result.data, { status: result.status ?? successStatus, headers: result.headers });
  const locale = request ? callerLocale(request) : DEFAULT_LOCALE;
  const fieldErrors =
    result.fieldErrors &&
    Object.fromEntries(
      Object.entries(result.fieldErrors).map(([field, message]) => [field, translateServerText(message, locale)]),
    );
  return jsonResponse(
    { message: translateServerText(result.message, locale), fieldErrors, ...result.details },
    { status: result.status, headers: result.headers },
  );
}

/** The language a caller reads refusals in: its Accept-Language, else English. */
export const callerLocale = (request: Request): Locale => chooseLocale(null, request.headers.get("accept-language"));

const isWrite = (method: string) => method !== "GET" && method !== "HEAD" && method !== "OPTIONS";

/**
 * The one request boundary every API route goes through, reads and writes. In order, and
 * each step before any later work: who is calling (the pluggable actor sources; a bearer
 * token is checked at once: 401 when invalid, 403 outside its scopes, its own rate limit, and
 * CORS headers on whatever it gets; 401 for a visitor where a user is required), the
 * same-origin check for writes authenticated by a
 * cookie (403), the per-user write limit (429), Idempotency-Key, the body type (415 unless
 * application/json), the body itself under a byte cap (413), JSON (400) and well-formed
 * Unicode (400). Then the handler, whose `Result` becomes the status, headers and JSON; a
 * handler may also return a ready `Response` (downloads, JSON-LD). Unexpected errors are
 * logged once here and become one generic 500.
 */
export function apiRoute<P>(options: RouteOptions, handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const write = isWrite(request.method);
      const caller = options.caller ?? (write ? "user" : "anyone");
      const db = await getDb();
      const source = actorSourceFor(request);
      const actor = await source.lookup(request, db);
      if (source.explicit) {
        const refused = await checkToken(db, request, actor);
        if (refused) return withCors(refused);
      }
      if (caller !== "anyone" && !actor) return json(401, "Sign in to do that.", request);
      const needed = ROLE_NEEDED[caller];
      if (needed && actor && !needed.allows(actor)) {
        const refused = json(403, options.refusal ?? needed.refusal, request);
        return source.explicit ? withCors(refused) : refused;
      }

      let body: unknown = undefined;
      let newId = "";
      if (write) {
        if (source.ambient && !isSameOriginWrite(request.headers, appOriginsOf(request, env().NEXTAUTH_URL))) {
          return json(403, "This request came from another site. Make changes from Claimmark's own pages.", request);
        }
        if (actor) {
          const limited = await limitUserWrite(db, actor.id, env().WRITE_LIMIT_PER_MINUTE);
          if (limited) return respond(limited, 200, request);
        }
        const key = readIdempotencyKey(request.headers);
        if (!key.ok) return json(400, key.message, request);
        newId = newRowId(actor?.id ?? null, request.method, new URL(request.url).pathname, key.key);

        const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
        const parsed =
          options.acceptsMultipart && isMultipart(request)
            ? await readMultipartBody(request, maxBytes)
            : await readJsonBody(request, maxBytes);
        if (!parsed.ok) return json(parsed.status, parsed.message, request);
        body = parsed.body;
      }
      let result;
      try {
        result = await handler({ db, actor, body, params: await context.params, request, newId });
      } finally {
        // An upload's files are gone once it is answered, whatever the answer.
        if (body instanceof UploadedForm) await body.discard();
      }
      const response = result instanceof Response ? result : respond(result, options.successStatus, request);
      return source.explicit ? withCors(response) : response;
    } catch (error) {
      console.error("request failed", request.method, new URL(request.url).pathname, error);
      return json(500, "Something went wrong on our side. Nothing was saved; try again.", request);
    }
  };
}

/**
 * A token request's own checks, before any other work: a bad, expired or revoked token is 401
 * (never read as a visitor), a method outside its scopes 403, and each token's requests are
 * limited per minute across instances (429).
 */
async function checkToken(db: Db, request: Request, actor: Actor | null): Promise<Response | null> {
  if (!actor || !("token" in actor)) {
    return json(401, "This access token is not valid: it is unknown, expired or revoked.", request, {
      "WWW-Authenticate": 'Bearer error="invalid_token"',
    });
  }
  const { token } = actor as TokenActor;
  const needed = scopeFor(request.method);
  if (!token.scopes.includes(needed)) {
    return json(403, `This access token does not have the "${needed}" scope.`, request, {
      "WWW-Authenticate": `Bearer error="insufficient_scope", scope="${needed}"`,
    });
  }
  const limited = await limitTokenRequests(db, token.id, env().TOKEN_LIMIT_PER_MINUTE);
  return limited ? respond(limited, 200, request) : null;
}

/** Token requests may come from a browser tool on any origin: no credentials ride along. */
function withCors(response: Response): Response {
  try {
    response.headers.set("Access-Control-Allow-Origin", "*");
    response.headers.set("Access-Control-Expose-Headers", CORS_EXPOSED_HEADERS);
    response.headers.append("Vary", "Origin");
    return response;
  } catch {
    // A response with immutable headers: copy it.
    const copy = new Response(response.body, response);
    copy.headers.set("Access-Control-Allow-Origin", "*");
    copy.headers.set("Access-Control-Expose-Headers", CORS_EXPOSED_HEADERS);
    return copy;
  }
}

type JsonBody = { ok: true; body: unknown } | { ok: false; status: 400 | 413 | 415; message: string };

const isMultipart = (request: Request) => /^multipart\/form-data\s*;/i.test(request.headers.get("content-type") ?? "");

/**
 * An upload's form, its files streamed to disk under the byte cap; its text fields checked for
 * well-formed Unicode like JSON's.
 */
async function readMultipartBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const read = await receiveUpload(request, maxBytes);
  if (!read.ok) return read;
  for (const [name, value] of read.form.textFields()) {
    if (findIllFormedString(value) !== null) {
      await read.form.discard();
      return {
        ok: false,
        status: 400,
        message: `The field "${name}" contains text that is not valid Unicode (a lone surrogate).`,
      };
    }
  }
  return { ok: true, body: read.form };
}

/**
 * A write's body: JSON only. Besides SameSite cookies and the origin check, refusing other
 * types keeps a cross-site HTML form (which cannot send application/json without a CORS
 * preflight) from posting. A body-less write (DELETE) needs no type.
 */
async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  const type = request.headers.get("content-type");
  const declared = request.headers.get("content-length");
  const sendsBody = request.headers.has("transfer-encoding") || (declared !== null && declared !== "0");
  if (sendsBody || request.method !== "DELETE") {
    // JSON-LD (the W3C annotation protocol's type) is JSON too; neither is a type a plain HTML form can send.
    if (!type || !/^application\/(ld\+)?json\s*(;|$)/i.test(type)) {
      return {
        ok: false,
        status: 415,
        message:
          "Send the request body as JSON, with the header Content-Type: application/json (or application/ld+json for annotations).",
      };
    }
  }
  const read = await readBodyCapped(request, maxBytes);
  if (!read.ok) return read;
  if (jsonDepthExceeds(read.text)) {
    return { ok: false, status: 400, message: `The JSON is nested more than ${MAX_JSON_DEPTH} levels deep.` };
  }
  let body: unknown;
  try {
    body = read.text.trim() === "" ? {} : JSON.parse(read.text);
  } catch {
    return { ok: false, status: 400, message: "The request body is not valid JSON." };
  }
  const illFormed = findIllFormedString(body);
  if (illFormed !== null)
    return {
      ok: false,
      status: 400,
      message: `The field "${illFormed}" contains text that is not valid Unicode (a lone surrogate).`,
    };
  return { ok: true, body };
}

/** A write for signed-in callers (the usual case), or for a role (`caller`: "reviewer", "admin"). */
export function writeRoute<P>(handler: Handler<P>, successStatus = 200, caller: Caller = "user") {
  return apiRoute({ caller, successStatus }, handler);
}

/** A read open to everyone (the handler decides what a visitor may see). */
export function readRoute<P>(handler: Handler<P>) {
  return apiRoute({ caller: "anyone" }, handler);
}
