import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { acceptInvitation, describeInvitation } from "@/lib/data/workspaces/invitations";
import { getDb } from "@/server/db";
import { getServerText } from "@/server/i18n/server-text";
import { getActor } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Titles"))("invitation"), referrer: "no-referrer" };
}
export const dynamic = "force-dynamic";

/**
 * An invitation link. Opened signed in as the address it was made for, it joins the workspace at
 * once (the token is spent); otherwise it says how to: sign in, or create an account, and come
 * back here. A used or expired link says so and names the Admins to ask.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [db, actor] = await Promise.all([getDb(), getActor()]);
  const [t, format, translate] = await Promise.all([getTranslations("Invitation"), getFormatter(), getServerText()]);
  const invitation = await describeInvitation(db, token);
  if (!invitation) notFound();
  const here = `/invitations/${token}`;
  const workspace = invitation.workspaceName;
  const title = t("title", { workspace });
  if (invitation.state !== "valid") {
    return (
      <main className="page">
        <h1>{title}</h1>
        <p role="alert">
          {t(`refused.${invitation.state}`)}
          {invitation.admins.length > 0 &&
            ` ${t("askAdmins", { admins: format.list(invitation.admins, { type: "disjunction" }) })}`}
        </p>
      </main>
    );
  }
  if (!actor) {
    return (
      <main className="page">
        <h1>{title}</h1>
        <p>{t("invited", { workspace, role: invitation.role, email: invitation.email })}</p>
        <p>
          <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`} className="button-link">
            {t("signInToJoin")}
          </Link>{" "}
          {t.rich("orCreate", {
            link: (chunks) => <Link href={`/signup?callbackUrl=${encodeURIComponent(here)}`}>{chunks}</Link>,
          })}
        </p>
      </main>
    );
  }
  const accepted = await acceptInvitation(db, actor, token);
  return (
    <main className="page">
      <h1>{title}</h1>
      {accepted.ok ? (
        <p role="status">
          {t("joined", { workspace, role: accepted.data.role })}{" "}
          <Link href={`/workspaces/${invitation.workspaceSlug}`}>{t("open", { workspace })}</Link>
        </p>
      ) : (
        <p role="alert">{translate(accepted.message)}</p>
      )}
    </main>
  );
}
