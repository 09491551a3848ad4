import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/server/i18n/page-title";
import { notFound } from "next/navigation";
import { DetailsForm } from "@/components/documents/details-form";
import { getDocumentDetails } from "@/lib/data/documents/document-admin";
import { detectedDocumentLanguage } from "@/lib/data/documents/documents";
import { canReview, isAdmin } from "@/lib/roles";
import { denyPage } from "@/server/deny-page";
import { admitPageToDocument } from "@/server/page-access";

export const generateMetadata = () => pageTitle("editDocument");
export const dynamic = "force-dynamic";

export default async function EditDocumentPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { db, actor } = await admitPageToDocument(slug);
  const [details, detected] = await Promise.all([getDocumentDetails(db, slug), detectedDocumentLanguage(db, slug)]);
  if (!details) notFound();
  if (!actor) denyPage(401);
  if (!canReview(actor.role)) denyPage(403);
  return (
    <main className="page">
      <p>
        <Link href={`/documents/${slug}`}>← {details.title}</Link>
      </p>
      <h1>{(await getTranslations("Titles"))("editDocument")}</h1>
      <DetailsForm initial={details} canArchive={isAdmin(actor.role)} detectedLanguage={detected} />
    </main>
  );
}
