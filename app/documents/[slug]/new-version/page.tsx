import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/documents/import-form";
import { getDocumentDetails } from "@/lib/data/documents/document-admin";
import { canReview } from "@/lib/roles";
import { denyPage } from "@/server/deny-page";
import { admitPageToDocument } from "@/server/page-access";

export const metadata: Metadata = { title: "Upload a new version" };
export const dynamic = "force-dynamic";

export default async function NewVersionPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { db, actor } = await admitPageToDocument(slug);
  const details = await getDocumentDetails(db, slug);
  if (!details) notFound();
  if (!actor) denyPage(401);
  if (!canReview(actor.role)) denyPage(403);
  return (
    <main className="page">
      <p>
        <Link href={`/documents/${slug}`}>← {details.title}</Link>
      </p>
      <h1>Upload a new version</h1>
      <p>
        The new text becomes the current revision. Every claim is moved onto it: claims whose words are unchanged stay
        exact, lightly edited ones are marked for a second look, and claims whose words are gone are listed as orphaned
        so a reviewer can re-attach them. Earlier revisions stay readable.
      </p>
      <ImportForm mode="revision" slug={slug} />
    </main>
  );
}
