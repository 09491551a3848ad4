import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/server/db";
import { getDocumentTitle, getReaderDocument } from "@/lib/data/documents";
import { listUserNames } from "@/lib/data/users";
import { canReview } from "@/lib/roles";
import { getActor } from "@/server/session";
import { Reader } from "@/components/reader/reader";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  return { title: (await getDocumentTitle(await getDb(), slug)) ?? "Document not found" };
}

export default async function DocumentPage({ params }: Params) {
  const { slug } = await params;
  const db = await getDb();
  const [document, actor] = await Promise.all([getReaderDocument(db, slug), getActor()]);
  if (!document) notFound();
  const reviewers = actor && canReview(actor.role) ? (await listUserNames(db)).filter((u) => canReview(u.role)) : [];
  const { claims, ...rest } = document;
  return (
    <main className="page page-wide">
      <p className="document-links">
        <Link href={`/documents/${slug}/report`}>Verification report</Link>
        {!actor && (
          <>
            {" · "}
            <Link href={`/signin?callbackUrl=${encodeURIComponent(`/documents/${slug}`)}`}>Sign in to flag claims</Link>
          </>
        )}
      </p>
      <Reader document={rest} initialClaims={claims} viewer={actor ? { id: actor.id, name: actor.name, role: actor.role } : null}
        reviewers={reviewers.map((r) => ({ id: r.id, name: r.name }))}
      />
    </main>
  );
}
