import type { Metadata } from "next";
import Link from "next/link";
import { MembershipButton } from "@/components/workspaces/membership-button";
import { RestoreWorkspaceButton } from "@/components/workspaces/restore-workspace-button";
import { listWorkspaces, type WorkspaceView } from "@/lib/data/workspaces/workspaces";
import { visibilityLabel } from "@/lib/workspaces/visibility";
import { workspaceRoleLabel } from "@/lib/workspaces/workspace-roles";
import { getDb } from "@/server/db";
import { getActor } from "@/server/session";

export const metadata: Metadata = { title: "Workspaces" };
export const dynamic = "force-dynamic";

/** One workspace in a list: its name (a link), visibility, and the caller's role or what they can do. */
function WorkspaceItem({ workspace, action }: { workspace: WorkspaceView; action?: React.ReactNode }) {
  return (
    <li>
      <Link href={`/workspaces/${workspace.slug}`}>{workspace.name}</Link>{" "}
      <span className="tag">{visibilityLabel(workspace.visibility)}</span>
      {workspace.archived && <span className="tag"> Archived</span>}
      {workspace.role && <> · {workspaceRoleLabel(workspace.role)}</>} · {workspace.memberCount}{" "}
      {workspace.memberCount === 1 ? "member" : "members"} {action}
    </li>
  );
}

export default async function WorkspacesPage() {
  const actor = await getActor();
  const { mine, open, others } = await listWorkspaces(await getDb(), actor);
  return (
    <main className="page">
      <div className="page-heading">
        <h1>Workspaces</h1>
        {actor && (
          <Link href="/workspaces/new" className="button-link">
            Create a workspace
          </Link>
        )}
      </div>
      <p>
        Each workspace is a desk or a project with its own people and roles. A private one is seen by its members only;
        an open one by anyone.
      </p>
      {actor && (
        <section aria-labelledby="mine-heading">
          <h2 id="mine-heading">Your workspaces</h2>
          {mine.length === 0 ? (
            <p>You are not in a workspace yet. Join an open one below, or create one.</p>
          ) : (
            <ul className="workspace-list">
              {mine.map((w) => (
                <WorkspaceItem key={w.id} workspace={w} />
              ))}
            </ul>
          )}
        </section>
      )}
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">{actor ? "Open workspaces to join" : "Open workspaces"}</h2>
        {open.length === 0 ? (
          <p>No other open workspace.</p>
        ) : (
          <ul className="workspace-list">
            {open.map((w) => (
              <WorkspaceItem
                key={w.id}
                workspace={w}
                action={actor ? <MembershipButton slug={w.slug} action="join" /> : undefined}
              />
            ))}
          </ul>
        )}
      </section>
      {others.length > 0 && (
        <section aria-labelledby="others-heading">
          <h2 id="others-heading">Other workspaces (site administration)</h2>
          <p className="hint">Private and archived workspaces you are not in: their names only.</p>
          <ul className="workspace-list">
            {others.map((w) => (
              <li key={w.id}>
                {w.name} <span className="tag">{visibilityLabel(w.visibility)}</span>
                {w.archived && (
                  <>
                    <span className="tag"> Archived</span> <RestoreWorkspaceButton slug={w.slug} name={w.name} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
