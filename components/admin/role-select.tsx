"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ROLES, type Role } from "@/lib/roles";
import { callApi } from "../api-client";

/** Changes one user's role on the server; shows the server's refusal when there is one. */
export function RoleSelect({ userId, userName, role }: { userId: string; userName: string; role: Role }) {
  const t = useTranslations("AdminUsers");
  const roleLabel = useTranslations("Roles");
  const [value, setValue] = useState(role);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function change(next: Role) {
    const previous = value;
    setValue(next);
    const result = await callApi(`/api/users/${userId}/role`, "PUT", { role: next });
    if (!result.ok) {
      setValue(previous);
      return setMessage({ text: result.message, error: true });
    }
    setMessage({ text: t("roleSaved", { role: roleLabel(next) }), error: false });
  }

  return (
    <>
      <select
        aria-label={t("roleOf", { name: userName })}
        value={value}
        onChange={(e) => void change(e.target.value as Role)}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {roleLabel(r)}
          </option>
        ))}
      </select>
      <span role="status" className={message?.error ? "field-error" : "hint"}>
        {message?.text}
      </span>
    </>
  );
}
