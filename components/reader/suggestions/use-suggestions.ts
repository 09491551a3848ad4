"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Suggestion } from "@/lib/data/suggestions/sentence-scores";
import { callApi } from "../../api-client";

const VISITOR_KEY = "claimmark.showSuggestions";

/**
 * The reader's "Suggestions" toggle and the suggested claims it shows. Off by default; a
 * signed-in person's choice is saved on their account (PUT /api/me/preferences), a visitor's in
 * this browser. The list is loaded when the toggle is on, and again on `refresh`.
 */
export function useSuggestions(slug: string, signedIn: boolean, initiallyShown: boolean) {
  const [show, setShow] = useState(initiallyShown);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [error, setError] = useState<string | null>(null);
  const showRef = useRef(show);
  showRef.current = show;

  useEffect(() => {
    if (!signedIn && window.localStorage.getItem(VISITOR_KEY) === "1") setShow(true);
  }, [signedIn]);

  const load = useCallback(async () => {
    const result = await callApi<{ suggestions: Suggestion[] }>(`/api/documents/${slug}/suggestions`, "GET");
    if (!result.ok) return setError(`Suggestions could not be loaded: ${result.message}`);
    setError(null);
    setSuggestions(result.data.suggestions);
  }, [slug]);

  useEffect(() => {
    if (show) void load();
  }, [show, load]);

  const toggle = useCallback(() => {
    const next = !showRef.current;
    setShow(next);
    if (signedIn) void callApi("/api/me/preferences", "PUT", { showSuggestions: next });
    else window.localStorage.setItem(VISITOR_KEY, next ? "1" : "0");
  }, [signedIn]);

  const refresh = useCallback(() => {
    if (showRef.current) void load();
  }, [load]);
  const remove = useCallback((id: string) => setSuggestions((current) => current.filter((s) => s.id !== id)), []);
  return { show, toggle, suggestions, refresh, remove, error };
}
