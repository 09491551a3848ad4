"use client";

import { useState } from "react";
import { ROLES, roleLabel, type Role } from "@/lib/roles";
import { callApi } from "../api-client";

/** Changes one user's role on the server; shows the server's refusal when there is one. */
export function RoleSelect({ userId, userName, role }: { userId: string; userName: string; role: Role }) {
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
    setMessage({ text: `Saved: ${roleLabel(next)}.`, error: false });
  }

  return (
    <>
      <select aria-label={`Role of ${userName}`} value={value} onChange={(e) => void change(e.target.value as Role)}>
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
