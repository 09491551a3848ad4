import type { Metadata } from "next";
import { ImportForm } from "@/components/documents/import-form";
import { canReview } from "@/lib/roles";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";

export const metadata: Metadata = { title: "Add a document" };
export const dynamic = "force-dynamic";

export default async function NewDocumentPage() {
  const actor = await getActor();
  if (!actor) denyPage(401);
  return (
    <main className="page">
      <h1>Add a document</h1>
      {canReview(actor.role) ? (
        <>
          <p>
            Paste a text, upload a file, or give a web address. Claims are flagged on the text as imported; later
            versions keep them anchored.
          </p>
          <ImportForm mode="document" />
        </>
      ) : (
        <p role="note">
          Adding documents needs the reviewer role. You are an annotator: you can flag claims and write notes on every
          document. Ask an admin to make you a reviewer if you need to bring documents in.
        </p>
      )}
    </main>
  );
}
