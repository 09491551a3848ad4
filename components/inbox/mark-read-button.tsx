"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "../api-client";

/** "Mark as read" for one inbox item, or "Mark all as read"; the page and the header count refresh after. */
export function MarkReadButton({ ids, label }: { ids: string[] | "all"; label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function mark() {
    setBusy(true);
    const result = await callApi("/api/inbox/read", "POST", ids === "all" ? { all: true } : { ids });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    router.refresh();
  }

  return (
    <>
      <button type="button" className="secondary" disabled={busy} onClick={() => void mark()}>
        {label}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </>
  );
}
