import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { acceptInvitation, describeInvitation, invitationRefusal } from "@/lib/data/workspaces/invitations";
import { workspaceRoleWithArticle } from "@/lib/workspaces/workspace-roles";
import { getDb } from "@/server/db";
import { getActor } from "@/server/session";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };
export const dynamic = "force-dynamic";

/**
 * An invitation link. Opened signed in as the address it was made for, it joins the workspace at
 * once (the token is spent); otherwise it says how to: sign in, or create an account, and come
 * back here. A used or expired link says so and names the Admins to ask.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [db, actor] = await Promise.all([getDb(), getActor()]);
  const invitation = await describeInvitation(db, token);
  if (!invitation) notFound();
  const here = `/invitations/${token}`;
  const role = workspaceRoleWithArticle(invitation.role);
  if (invitation.state !== "valid") {
    return (
      <main className="page">
        <h1>Invitation to {invitation.workspaceName}</h1>
        <p role="alert">{invitationRefusal(invitation)}</p>
      </main>
    );
  }
  if (!actor) {
    return (
      <main className="page">
        <h1>Invitation to {invitation.workspaceName}</h1>
        <p>
          You are invited to join {invitation.workspaceName} as {role}, as {invitation.email}.
        </p>
        <p>
          <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`} className="button-link">
            Sign in to join
          </Link>{" "}
          or <Link href={`/signup?callbackUrl=${encodeURIComponent(here)}`}>create an account</Link> with that address,
          and you will be brought back here.
        </p>
      </main>
    );
  }
  const accepted = await acceptInvitation(db, actor, token);
  const joinedAs = accepted.ok ? workspaceRoleWithArticle(accepted.data.role) : role;
  return (
    <main className="page">
      <h1>Invitation to {invitation.workspaceName}</h1>
      {accepted.ok ? (
        <p role="status">
          You joined {invitation.workspaceName} as {joinedAs}.{" "}
          <Link href={`/workspaces/${invitation.workspaceSlug}`}>Open {invitation.workspaceName}</Link>
        </p>
      ) : (
        <p role="alert">{accepted.message}</p>
      )}
    </main>
  );
}
