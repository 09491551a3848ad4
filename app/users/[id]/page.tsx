import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/server/db";
import { getUserProfile } from "@/lib/data/accounts/user-profile";
import { FormattedDate } from "@/components/formatted-date";
import { HandleForm } from "@/components/settings/handle-form";
import { LanguageForm } from "@/components/settings/language-form";
import { getActor, getPreferences } from "@/server/session";
import { pageTitle } from "@/server/i18n/page-title";

export const dynamic = "force-dynamic";
export const generateMetadata = () => pageTitle("contributor");

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getActor();
  const db = await getDb();
  const profile = await getUserProfile(db, id, viewer);
  if (!profile) notFound();
  const own = viewer?.id === profile.id;
  const [t, roleLabel, verdictLabel] = await Promise.all([
    getTranslations("Profile"),
    getTranslations("Roles"),
    getTranslations("Verdicts"),
  ]);
  return (
    <main className="page">
      <h1>{profile.name}</h1>
      {profile.handle && <p className="handle">{t("mentionAs", { handle: profile.handle })}</p>}
      {own && <HandleForm current={profile.handle} />}
      {own && <LanguageForm current={(await getPreferences()).locale} />}
      <p>
        {t("since", { role: roleLabel(profile.role) })} <FormattedDate iso={profile.joinedAt} />.{" "}
        {t("counts", { claims: profile.claimsFlagged, notes: profile.notesWritten })}
      </p>
      <h2>{t("recentNotes")}</h2>
      {profile.recentNotes.length === 0 ? (
        <p>{t("noNotes")}</p>
      ) : (
        <ul>
          {profile.recentNotes.map((n) => (
            <li key={`${n.claimId}-${n.createdAt}`}>
              {t("verdictOn", { verdict: verdictLabel(n.verdict) })}{" "}
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
