"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { callApi } from "../api-client";

/** "Join workspace" or "Leave workspace": one button, the server's answer shown beside it. */
export function MembershipButton({ slug, action }: { slug: string; action: "join" | "leave" }) {
  const t = useTranslations("Workspaces");
  const router = useRouter();
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const label = action === "join" ? t("join") : t("leave");

  const act = async () => {
    setBusy(true);
    setStatus(null);
    const result = await callApi(`/api/workspaces/${slug}/${action}`, "POST", {});
    setBusy(false);
    if (!result.ok) {
      setStatus(result.message);
      return;
    }
    if (action === "leave") router.push("/workspaces");
    router.refresh();
  };

  return (
    <span className="membership-action">
      <button type="button" onClick={act} disabled={busy} className={action === "leave" ? "secondary" : undefined}>
        {label}
      </button>
      {status && (
        <span role="alert" className="error">
          {" "}
          {status}
        </span>
      )}
    </span>
  );
}
