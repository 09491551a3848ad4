import { createWorkspace, listWorkspaces } from "@/lib/data/workspaces/workspaces";
import { ok } from "@/lib/result";
import { readRoute, writeRoute } from "@/server/route";

/** GET: the workspaces the caller is in, the open ones they may join, and (site administrators) every other one. */
export const GET = readRoute(async ({ db, actor }) => ok(await listWorkspaces(db, actor)));

/** POST {name, visibility: "PRIVATE"|"OPEN", slug?}: creates a workspace; its creator becomes its Admin. */
export const POST = writeRoute(({ db, actor, body }) => createWorkspace(db, actor, body), 201);
