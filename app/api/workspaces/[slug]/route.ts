import { getWorkspace, updateWorkspaceSettings } from "@/lib/data/workspaces/workspaces";
import { notFound, ok } from "@/lib/result";
import { readRoute, writeRoute } from "@/server/route";

/** GET: one workspace and the caller's role in it (404 for a private workspace the caller is not in). */
export const GET = readRoute<{ slug: string }>(async ({ db, actor, params }) => {
  const workspace = await getWorkspace(db, actor, params.slug);
  return workspace ? ok(workspace) : notFound("That workspace");
});

/** PATCH {name?, visibility?, shareFactChecks?}: changes its settings (its Admins). */
export const PATCH = writeRoute<{ slug: string }>(({ db, actor, body, params }) =>
  updateWorkspaceSettings(db, actor, params.slug, body),
);
