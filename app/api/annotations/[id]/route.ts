import { annotationState, deleteAnnotation, replaceAnnotation } from "@/lib/data/annotations/annotations";
import { ANNO_MEDIA_TYPE } from "@/lib/w3c/annotation-container";
import type { Db } from "@/lib/db";
import { fail, notFound, ok, type Result } from "@/lib/result";
import { ANNOTATION_ALLOW, ANNOTATION_LINKS, annotationOf } from "@/server/w3c/annotation-resource";
import { etagOf, jsonLdResponse } from "@/server/w3c/json-ld-response";
import { apiRoute, readRoute } from "@/server/route";
import { admitToClaim } from "@/lib/data/workspaces/scope";
import type { Actor } from "@/lib/data/actor";

const gone = (): Result<never> => fail(410, "This annotation was deleted.");

/** GET /api/annotations/[id]: one claim as a W3C Web Annotation, with ETag (304 on If-None-Match); 410 once deleted. */
export const GET = readRoute<{ id: string }>(async ({ db, actor, params, request }) => {
  const found = await liveAnnotation(db, actor, request, params.id);
  if (!found.ok) return found;
  return jsonLdResponse(request, found.data.annotation, ANNO_MEDIA_TYPE, ANNOTATION_LINKS, ANNOTATION_ALLOW);
});

/** The annotation as it is now (with its document), or 404 (also for one the caller may not read) / 410 Gone. */
async function liveAnnotation(
  db: Db,
  actor: Actor | null,
  request: Request,
  id: string,
): Promise<Result<{ slug: string; annotation: Record<string, unknown> }>> {
  const admitted = await admitToClaim(db, actor, id);
  if (!admitted.ok) return notFound("That annotation");
  const state = await annotationState(db, id);
  if (!state) return notFound("That annotation");
  if (state.state === "gone") return gone();
  const annotation = await annotationOf(db, request, state.slug, id);
  return annotation ? ok({ slug: state.slug, annotation }) : notFound("That annotation");
}

/** If-Match against the annotation as it is now: null when it matches, else the 428/412 answer. */
function preconditionFailed(request: Request, current: string): Result<never> | null {
  const ifMatch = request.headers.get("if-match");
  if (!ifMatch)
    return fail(
      428,
      "Send If-Match with the annotation's current ETag (from GET), so you never change a version you have not seen.",
    );
  if (
    ifMatch.trim() === "*" ||
    ifMatch
      .split(",")
      .map((tag) => tag.trim())
      .includes(current)
  )
    return null;
  return {
    ...fail(412, "The annotation changed since you read it (its ETag is different). GET it again, then retry."),
    headers: { ETag: current },
  };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * PUT /api/annotations/[id]: replaces the caller's own annotation (target and bodies), with
 * If-Match as for DELETE. Server-managed fields (id, created, creator) sent with other values: 409.
 */
export const PUT = apiRoute<{ id: string }>(
  { caller: "user", maxBodyBytes: 1024 * 1024 },
  async ({ db, actor, body, params, request }) => {
    const found = await liveAnnotation(db, actor, request, params.id);
    if (!found.ok) return found;
    const before = found.data.annotation;
    const refused = preconditionFailed(request, etagOf(before));
    if (refused) return refused;
    const sent = (body ?? {}) as Record<string, unknown>;
    for (const field of ["id", "created", "creator"] as const) {
      if (sent[field] !== undefined && !sameJson(sent[field], before[field])) {
        return fail(409, `"${field}" is managed by the server and cannot be changed.`, {
          [field]: "managed by the server",
        });
      }
    }
    const replaced = await replaceAnnotation(db, actor, params.id, body);
    if (!replaced.ok) return replaced;
    const after = await annotationOf(db, request, found.data.slug, params.id);
    if (!after) return notFound("That annotation");
    return jsonLdResponse(request, after, ANNO_MEDIA_TYPE, ANNOTATION_LINKS, ANNOTATION_ALLOW);
  },
);

/**
 * DELETE /api/annotations/[id]: withdraws the claim and its author's own notes (its author or
 * an admin). If-Match with the current ETag is required: 428 without it, 412 when stale; 204
 * when done, 410 afterwards.
 */
export const DELETE = apiRoute<{ id: string }>({ caller: "user" }, async ({ db, actor, params, request }) => {
  const found = await liveAnnotation(db, actor, request, params.id);
  if (!found.ok) return found;
  const refused = preconditionFailed(request, etagOf(found.data.annotation));
  if (refused) return refused;
  const deleted = await deleteAnnotation(db, actor, params.id);
  return deleted.ok ? new Response(null, { status: 204 }) : deleted;
});
