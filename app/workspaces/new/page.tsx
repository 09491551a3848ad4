import type { Metadata } from "next";
import Link from "next/link";
import { CreateWorkspaceForm } from "@/components/workspaces/create-workspace-form";
import { denyPage } from "@/server/deny-page";
import { getActor } from "@/server/session";

export const metadata: Metadata = { title: "Create a workspace" };
export const dynamic = "force-dynamic";

export default async function NewWorkspacePage() {
  if (!(await getActor())) denyPage(401);
  return (
    <main className="page">
      <p>
        <Link href="/workspaces">← Workspaces</Link>
      </p>
      <h1>Create a workspace</h1>
      <p>You become its Admin: you invite people and choose their roles.</p>
      <CreateWorkspaceForm />
    </main>
  );
}
