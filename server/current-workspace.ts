import { cookies } from "next/headers";
import { CURRENT_WORKSPACE_COOKIE } from "@/components/workspaces/current-workspace-cookie";

/** The slug of the workspace the person last opened (the switcher's and "Add a document"'s default), if any. */
export async function currentWorkspaceSlug(): Promise<string | null> {
  const value = (await cookies()).get(CURRENT_WORKSPACE_COOKIE)?.value;
  return value && /^[a-z0-9-]{1,50}$/.test(value) ? value : null;
}
