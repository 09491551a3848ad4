import { cache } from "react";
import { notFound } from "next/navigation";
import { admitToDocument } from "@/lib/data/workspaces/scope";
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
