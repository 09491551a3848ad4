"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { WORKSPACE_ROLES, workspaceRoleLabel, type WorkspaceRole } from "@/lib/workspaces/workspace-roles";
import { callApi } from "../api-client";

/** A member's role, changed at once by the workspace's Admins (the server keeps the last Admin). */
export function MemberRoleSelect({
  slug,
  member,
}: {
  slug: string;
  member: { userId: string; name: string; role: WorkspaceRole };
}) {
  const router = useRouter();
  const [role, setRole] = useState(member.role);
  const [status, setStatus] = useState<string | null>(null);

  const change = async (next: WorkspaceRole) => {
    const before = role;
    setRole(next);
    setStatus(null);
    const result = await callApi(`/api/workspaces/${slug}/members/${member.userId}`, "PUT", { role: next });
    if (!result.ok) {
      setRole(before);
      setStatus(result.message);
      return;
    }
    setStatus("Saved.");
    router.refresh();
  };

  const remove = async () => {
    setStatus(null);
    const result = await callApi(`/api/workspaces/${slug}/members/${member.userId}`, "DELETE");
    if (!result.ok) setStatus(result.message);
    else router.refresh();
  };

  return (
    <span className="member-role">
      <select
        aria-label={`Role of ${member.name}`}
        value={role}
        onChange={(e) => void change(e.target.value as WorkspaceRole)}
      >
        {WORKSPACE_ROLES.map((r) => (
          <option key={r} value={r}>
            {workspaceRoleLabel(r)}
          </option>
        ))}
      </select>{" "}
      <button type="button" className="secondary" onClick={remove} aria-label={`Remove ${member.name}`}>
        Remove
      </button>
      {status && (
        <span role={status === "Saved." ? "status" : "alert"} className={status === "Saved." ? "hint" : "error"}>
          {" "}
          {status}
        </span>
      )}
    </span>
  );
}
