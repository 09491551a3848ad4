"use client";

import { useRouter } from "next/navigation";
import { rememberWorkspace } from "./current-workspace-cookie";

/** The header's switcher: the workspaces the person is in; choosing one opens it. */
export function WorkspaceSwitcher({
  workspaces,
  current,
}: {
  workspaces: { slug: string; name: string }[];
  current: string | null;
}) {
  const router = useRouter();
  if (workspaces.length === 0) return null;
  return (
    <select
      className="workspace-switcher"
      aria-label="Switch workspace"
      value={current ?? ""}
      onChange={(e) => {
        rememberWorkspace(e.target.value);
        router.push(`/workspaces/${e.target.value}`);
      }}
    >
      {current === null && <option value="">Workspaces…</option>}
      {workspaces.map((w) => (
        <option key={w.slug} value={w.slug}>
          {w.name}
        </option>
      ))}
    </select>
  );
}
