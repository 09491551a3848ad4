import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getServerText } from "@/server/i18n/server-text";
import { notFound } from "next/navigation";
import { getDocumentTitle, getReaderDocument } from "@/lib/data/documents/documents";
import { latestChangeSeq } from "@/lib/data/live/change-feed";
import { reviewersOf } from "@/lib/data/workspaces/members";
import { canReview } from "@/lib/roles";
import { Reader } from "@/components/reader/reader";
import { DocumentMeta } from "@/components/documents/document-meta";
import { RevisionOutcomeNotice } from "@/components/documents/revision-outcome-notice";
import { opensWithTitle, plainTextOfDoc } from "@/lib/document/blocks";
import { compactPageClaims } from "@/lib/document/page-claims";
import { admitPageToDocument } from "@/server/page-access";
import { getPreferences } from "@/server/session";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }>; searchParams: Promise<{ rev?: string; note?: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  const { db } = await admitPageToDocument(slug);
  return { title: (await getDocumentTitle(db, slug)) ?? (await getTranslations("DocumentPage"))("notFound") };
}

export default async function DocumentPage({ params, searchParams }: Params) {
  const { slug } = await params;
  const { rev } = await searchParams;
  const requested = rev === undefined ? undefined : Number.parseInt(rev, 10);
  if (requested !== undefined && !(Number.isInteger(requested) && requested > 0)) notFound();
  const { db, actor, workspace } = await admitPageToDocument(slug);
  // Where the live stream starts: read before the claims, so a change committed between this
  // render and the browser opening the stream is replayed, not lost.
  const liveFrom = await latestChangeSeq(db);
  const document = await getReaderDocument(db, slug, requested);
  if (!document) notFound();
  // `actor` is placed in the document's workspace: its role is the one they have there.
  const reviewer = Boolean(actor && canReview(actor.role));
  const reviewers = reviewer ? await reviewersOf(db, [workspace.id]) : [];
  const preferences = await getPreferences();
  const [t, translate] = await Promise.all([getTranslations("DocumentPage"), getServerText()]);
  const { claims, ...rest } = document;
  const isCurrent = document.revision === document.currentRevision;
  // The document's own pages; the report is in the reader's toolbar.
  const links = [
    ...(reviewer
      ? [
          { href: `/documents/${slug}/new-version`, label: t("newVersion") },
          { href: `/documents/${slug}/edit`, label: t("editDetails") },
        ]
      : []),
    ...(document.currentRevision > 1
      ? [
          {
            href: `/documents/${slug}/compare?from=${Math.max(1, document.revision - (isCurrent ? 1 : 0))}&to=${isCurrent ? document.revision : document.currentRevision}`,
            label: t("compare"),
          },
        ]
      : []),
    ...(actor
      ? []
      : [{ href: `/signin?callbackUrl=${encodeURIComponent(`/documents/${slug}`)}`, label: t("signInToFlag") }]),
  ];
  return (
    <main className="page page-wide">
      <Reader
        key={document.revision}
        document={rest}
        liveFrom={liveFrom}
        initialClaims={compactPageClaims(claims, plainTextOfDoc(document.content))}
        viewer={actor ? { id: actor.id, name: actor.name, role: actor.role } : null}
        reviewers={reviewers.map((r) => ({ id: r.id, name: r.name }))}
        initialShowSuggestions={preferences.showSuggestions}
        header={
          <>
            <DocumentMeta document={rest} titleInText={opensWithTitle(document.content, document.title)} />
            {links.length > 0 && (
              <p className="document-links">
                {links.map((link, i) => (
                  <span key={link.href}>
                    {i > 0 && " · "}
                    <Link href={link.href}>{link.label}</Link>
                  </span>
                ))}
              </p>
            )}
            <RevisionOutcomeNotice slug={slug} />
            {!isCurrent && (
              <p className="revision-banner" role="note">
                {t("oldRevision", { revision: document.revision })}{" "}
                <Link href={`/documents/${slug}`}>{t("readCurrent", { revision: document.currentRevision })}</Link>
              </p>
            )}
            {document.importNote && reviewer && (
              <p className="import-note" role="note">
                {translate(document.importNote)}
              </p>
            )}
          </>
        }
      />
    </main>
  );
}
