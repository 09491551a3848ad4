"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { callApi } from "../api-client";

/** "Restore" for an archived workspace (site administrators). */
export function RestoreWorkspaceButton({ slug, name }: { slug: string; name: string }) {
  const t = useTranslations("WorkspaceForms");
  const router = useRouter();
  const [status, setStatus] = useState<string | null>(null);
  const restore = async () => {
    const result = await callApi(`/api/workspaces/${slug}/archive`, "POST", { archived: false });
    if (!result.ok) setStatus(result.message);
    else router.refresh();
  };
  return (
    <>
      <button type="button" className="secondary" onClick={restore} aria-label={t("restoreLabel", { name })}>
        {t("restore")}
      </button>
      {status && (
        <span role="alert" className="error">
          {" "}
          {status}
        </span>
      )}
    </>
  );
}
