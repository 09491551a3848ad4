import { cache } from "react";
import { notFound } from "next/navigation";
import { admitToDocument } from "@/lib/data/workspaces/scope";
import { getWorkspace } from "@/lib/data/workspaces/workspaces";
import { getDb } from "./db";
import { getActor } from "./session";

/**
 * A document's page, admitted by the workspace rule (lib/data/workspaces/scope.ts): the
 * database, the caller placed in the document's workspace (their role there) and the workspace;
 * Next's 404 page for a document that does not exist or that the caller may not read. Cached for
 * the request, so the page and its metadata ask once.
 */
export const admitPageToDocument = cache(async (slug: string) => {
  const [db, actor] = await Promise.all([getDb(), getActor()]);
  const admitted = await admitToDocument(db, actor, slug);
  if (!admitted.ok) notFound();
  return { db, actor: admitted.actor, workspace: admitted.workspace };
});

/**
 * A workspace's page (its documents, its members): the database, the caller and the workspace as
 * they may see it; the 404 page when it does not exist or is private to others. Cached for the
 * request like the document's.
 */
export const workspaceForPage = cache(async (slug: string) => {
  const [db, actor] = await Promise.all([getDb(), getActor()]);
  const workspace = await getWorkspace(db, actor, slug);
  if (!workspace) notFound();
  return { db, actor, workspace };
});
