import type { Metadata } from "next";
import { ImportForm } from "@/components/documents/import-form";
import { workspacesForImport } from "@/lib/data/workspaces/workspaces";
import { currentWorkspaceSlug } from "@/server/current-workspace";
import { getDb } from "@/server/db";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";

export const metadata: Metadata = { title: "Add a document" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ workspace?: string }> };

export default async function NewDocumentPage({ searchParams }: Props) {
  const actor = await getActor();
  if (!actor) denyPage(401);
  const workspaces = await workspacesForImport(await getDb(), actor);
  // The workspace asked for (from its page), else the current one, else the first.
  const asked = (await searchParams).workspace ?? (await currentWorkspaceSlug());
  const initial = workspaces.find((w) => w.slug === asked)?.slug ?? workspaces[0]?.slug;
  return (
    <main className="page">
      <h1>Add a document</h1>
      {workspaces.length > 0 ? (
        <>
          <p>
            Paste a text, upload a file, or give a web address. Claims are flagged on the text as imported; later
            versions keep them anchored.
          </p>
          <ImportForm mode="document" workspaces={workspaces} initialWorkspace={initial} />
        </>
      ) : (
        <p role="note">
          Adding documents needs the reviewer role: an Editor of a workspace. You can flag claims and write notes in the
          workspaces you are a Checker of. Ask a workspace&apos;s Admin to make you an Editor, or create your own
          workspace.
        </p>
      )}
    </main>
  );
}
