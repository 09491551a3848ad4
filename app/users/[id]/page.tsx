import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/server/db";
import { getUserProfile } from "@/lib/data/accounts/user-profile";
import { roleLabel } from "@/lib/roles";
import { verdictLabel } from "@/lib/verdicts";
import { FormattedDate } from "@/components/formatted-date";
import { HandleForm } from "@/components/settings/handle-form";
import { getActor } from "@/server/session";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Contributor" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getActor();
  const profile = await getUserProfile(await getDb(), id, viewer);
  if (!profile) notFound();
  return (
    <main className="page">
      <h1>{profile.name}</h1>
      {profile.handle && <p className="handle">Mention as @{profile.handle}</p>}
      {viewer?.id === profile.id && <HandleForm current={profile.handle} />}
      <p>
        {roleLabel(profile.role)} since <FormattedDate iso={profile.joinedAt} />. {profile.claimsFlagged} claims
        flagged, {profile.notesWritten} verification notes.
      </p>
      <h2>Recent notes</h2>
      {profile.recentNotes.length === 0 ? (
        <p>No notes yet.</p>
      ) : (
        <ul>
          {profile.recentNotes.map((n) => (
            <li key={`${n.claimId}-${n.createdAt}`}>
              {verdictLabel(n.verdict)} on{" "}
              <Link href={`/documents/${n.documentSlug}#claim-${n.claimId}`}>
                “{n.exact.length > 100 ? `${n.exact.slice(0, 100)}…` : n.exact}”
              </Link>
              , <FormattedDate iso={n.createdAt} />
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
