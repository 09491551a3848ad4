"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { callApi } from "../api-client";

/** Site administrators: whether new accounts join the Default workspace as Checkers (saved at once). */
export function DefaultWorkspaceToggle({ initial }: { initial: boolean }) {
  const t = useTranslations("AdminUsers");
  const [join, setJoin] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);
  const change = async (next: boolean) => {
    setJoin(next);
    const result = await callApi("/api/admin/default-workspace", "PUT", { join: next });
    if (result.ok) setStatus(t("saved"));
    else {
      setJoin(!next);
      setStatus(result.message);
    }
  };
  return (
    <p>
      <label>
        <input type="checkbox" checked={join} onChange={(e) => void change(e.target.checked)} /> {t("joinDefault")}
      </label>{" "}
      {status && <span role="status">{status}</span>}
    </p>
  );
}
