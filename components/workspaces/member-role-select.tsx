"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { WORKSPACE_ROLES, type WorkspaceRole } from "@/lib/workspaces/workspace-roles";
import { callApi } from "../api-client";

/** A member's role, changed at once by the workspace's Admins (the server keeps the last Admin). */
export function MemberRoleSelect({
  slug,
  member,
}: {
  slug: string;
  member: { userId: string; name: string; role: WorkspaceRole };
}) {
  const t = useTranslations("WorkspaceForms");
  const roleLabel = useTranslations("WorkspaceRoles");
  const router = useRouter();
  const [role, setRole] = useState(member.role);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  const change = async (next: WorkspaceRole) => {
    const before = role;
    setRole(next);
    setStatus(null);
    const result = await callApi(`/api/workspaces/${slug}/members/${member.userId}`, "PUT", { role: next });
    if (!result.ok) {
      setRole(before);
      setStatus({ text: result.message, error: true });
      return;
    }
    setStatus({ text: t("saved"), error: false });
    router.refresh();
  };

  const remove = async () => {
    setStatus(null);
    const result = await callApi(`/api/workspaces/${slug}/members/${member.userId}`, "DELETE");
    if (!result.ok) setStatus({ text: result.message, error: true });
    else router.refresh();
  };
  return (
    <span className="member-role">
      <select
        aria-label={t("roleOf", { name: member.name })}
        value={role}
        onChange={(e) => void change(e.target.value as WorkspaceRole)}
      >
        {WORKSPACE_ROLES.map((r) => (
          <option key={r} value={r}>
            {roleLabel(r)}
          </option>
        ))}
      </select>{" "}
      <button
        type="button"
        className="secondary"
        onClick={remove}
        aria-label={t("removeMember", { name: member.name })}
      >
        {t("remove")}
      </button>
      {status && (
        <span role={status.error ? "alert" : "status"} className={status.error ? "error" : "hint"}>
          {" "}
          {status.text}
        </span>
      )}
    </span>
  );
}
