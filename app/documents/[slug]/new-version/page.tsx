import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageTitle } from "@/server/i18n/page-title";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/documents/import-form";
import { getDocumentDetails } from "@/lib/data/documents/document-admin";
import { canReview } from "@/lib/roles";
import { denyPage } from "@/server/deny-page";
import { admitPageToDocument } from "@/server/page-access";

export const generateMetadata = () => pageTitle("newVersion");
export const dynamic = "force-dynamic";

export default async function NewVersionPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { db, actor } = await admitPageToDocument(slug);
  const details = await getDocumentDetails(db, slug);
  if (!details) notFound();
  if (!actor) denyPage(401);
  if (!canReview(actor.role)) denyPage(403);
  const t = await getTranslations("DocumentPage");
  return (
    <main className="page">
      <p>
        <Link href={`/documents/${slug}`}>← {details.title}</Link>
      </p>
      <h1>{t("newVersion")}</h1>
      <p>{t("newVersionIntro")}</p>
      <ImportForm mode="revision" slug={slug} />
    </main>
  );
}
