"use client";

import { useCallback, useEffect, useState } from "react";
import type { ClaimDetail } from "@/lib/data/claims/claim-detail";
import type { ClaimSummary } from "@/lib/data/documents/documents";
import { callApi } from "../../api-client";

type Loaded = { id: string; detail: ClaimDetail; error: null } | { id: string; detail: null; error: string };

/**
 * The open claim's detail (notes, versions, replies, history), read when the claim opens, when
 * `reloadKey` moves (it changed elsewhere), and every few seconds while one of its sources is
 * still being captured. A read refreshes in place: forms below keep whatever is typed in them.
 * What was read for another claim is never shown for this one.
 */
export function useClaimDetail(
  activeId: string | null,
  reloadKey: number,
  onSummary: (summary: Partial<ClaimSummary> & { id: string }) => void,
) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const fetchDetail = useCallback(
    (id: string) =>
      callApi<ClaimDetail>(`/api/claims/${id}`, "GET").then((result) => {
        setLoaded(result.ok ? { id, detail: result.data, error: null } : { id, detail: null, error: result.message });
        if (result.ok) {
          const { status, finalVerdict, notes } = result.data;
          onSummary({ id, status, finalVerdict, noteCount: notes.length });
        }
      }),
    [onSummary],
  );

  useEffect(() => {
    if (activeId) void fetchDetail(activeId);
  }, [activeId, reloadKey, fetchDetail]);

  const current = loaded && loaded.id === activeId ? loaded : null;
  const detail = current?.detail ?? null;
  // Captures finish in the background: the claim is read again while any source is still being captured.
  const capturing = Boolean(
    detail?.notes.some((n) =>
      n.sources.some((s) => s.capture && (s.capture.status === "QUEUED" || s.capture.status === "CAPTURING")),
    ),
  );
  useEffect(() => {
    if (!capturing || !activeId) return;
    const timer = window.setTimeout(() => void fetchDetail(activeId), 3000);
    return () => window.clearTimeout(timer);
  }, [capturing, detail, activeId, fetchDetail]);

  /** After the person's own write: the new version applies at once, then the claim is read again. */
  const afterWrite = useCallback(
    (claimVersion?: number) => {
      if (!activeId) return;
      if (claimVersion !== undefined) {
        setLoaded((l) =>
          l?.detail && l.id === activeId ? { ...l, detail: { ...l.detail, version: claimVersion } } : l,
        );
      }
      void fetchDetail(activeId);
    },
    [activeId, fetchDetail],
  );
  return { detail, error: current?.error ?? null, afterWrite };
}
