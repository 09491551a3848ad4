import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/data/actor";
import { clientIp } from "../request/client-ip";
import { actorSourceFor } from "../request/actor-sources";
import type { SseOptions } from "./sse-response";

/**
 * Who holds a stream, and the check that ends it when their access ends: the same credentials
 * (cookie or token) are read again with each keep-alive, so a revoked token, a signed-out or
 * disabled account, or a lost role (`allows`) stops the stream within 15 s. Visitors are
 * counted by their address.
 */
export function streamCaller(
  request: Request,
  db: Db,
  actor: Actor | null,
  allows: (actor: Actor) => boolean = () => true,
): SseOptions & { viewerKey: string } {
  if (!actor) {
    const key = `ip:${clientIp(request.headers)}`;
    return { client: key, viewerKey: key };
  }
  return {
    client: `user:${actor.id}`,
    viewerKey: actor.id,
    stillAllowed: async () => {
      const now = await actorSourceFor(request).lookup(request, db);
      return now?.id === actor.id && allows(now);
    },
  };
}
