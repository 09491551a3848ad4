import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/data/actor";
import { actorFromToken } from "@/lib/data/accounts/api-tokens";
import { actorFromSessionCookie } from "../session";

/**
 * One way a request can say who is calling. The boundary asks each source in turn and uses
 * the first that `applies`; adding bearer tokens means adding a source here, not touching
 * any route.
 */
export interface ActorSource {
  name: string;
  /** Whether the request carries this kind of credential at all. */
  applies(request: Request): boolean;
  /** The caller, null when the credential is missing or no longer valid. */
  lookup(request: Request, db: Db): Promise<Actor | null>;
  /** Credentials a browser attaches by itself (cookies) need the same-origin check on writes. */
  ambient: boolean;
  /** A credential the caller chose to send (a token): a bad one is a 401, never a visitor. */
  explicit: boolean;
}

const sessionCookie: ActorSource = {
  name: "session cookie",
  applies: () => true,
  lookup: (request, db) => actorFromSessionCookie(request, db),
  ambient: true,
  explicit: false,
};

/**
 * `Authorization: Bearer cm_…`: a personal access token (lib/data/accounts/api-tokens.ts), scopes checked at the
 * boundary.
 */
export const bearerToken: ActorSource = {
  name: "bearer token",
  applies: (request) => /^Bearer\s/i.test(request.headers.get("authorization") ?? ""),
  lookup: (request, db) => actorFromToken(db, request.headers.get("authorization")),
  ambient: false,
  explicit: true,
};

/** The sources in the order they are tried; the session cookie is the fallback. */
export const ACTOR_SOURCES: readonly ActorSource[] = [bearerToken, sessionCookie];

/** The first source that applies to this request. */
export function actorSourceFor(request: Request): ActorSource {
  return ACTOR_SOURCES.find((source) => source.applies(request)) ?? sessionCookie;
}
