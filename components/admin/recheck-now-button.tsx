"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { callApi } from "../api-client";

/** "Re-check sources now": every captured source is fetched again and compared with its capture. */
export function RecheckNowButton() {
  const t = useTranslations("Jobs");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <p>
      <button
        type="button"
        className="secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await callApi<{ queued: number }>("/api/captures/recheck", "POST", {});
          setBusy(false);
          setMessage(result.ok ? t("recheckQueued", { count: result.data.queued }) : result.message);
          router.refresh();
        }}
      >
        {t("recheckNow")}
      </button>{" "}
      <span aria-live="polite">{message}</span>
    </p>
  );
}
