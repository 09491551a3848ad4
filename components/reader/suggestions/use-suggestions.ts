"use client";

import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { Suggestion } from "@/lib/data/suggestions/sentence-scores";
import { callApi } from "../../api-client";

const VISITOR_KEY = "claimmark.showSuggestions";

/**
 * The reader's "Suggestions" toggle and the suggested claims it shows. Off by default; a
 * signed-in person's choice is saved on their account (PUT /api/me/preferences), a visitor's in
 * this browser. The list is loaded when the toggle is on, and again on `refresh`.
 */
const subscribeToStorage = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
};

export function useSuggestions(slug: string, signedIn: boolean, initiallyShown: boolean) {
  // A visitor's choice lives in this browser (none on the server, so the first render matches it).
  const visitorChoice = useSyncExternalStore(
    subscribeToStorage,
    () => window.localStorage.getItem(VISITOR_KEY),
    () => null,
  );
  const [chosen, setChosen] = useState<boolean | null>(null);
  const show = chosen ?? (signedIn ? initiallyShown : visitorChoice === "1");
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    () =>
      callApi<{ suggestions: Suggestion[] }>(`/api/documents/${slug}/suggestions`, "GET").then((result) => {
        if (!result.ok) return setError(`Suggestions could not be loaded: ${result.message}`);
        setError(null);
        setSuggestions(result.data.suggestions);
      }),
    [slug],
  );

  useEffect(() => {
    if (show) void load();
  }, [show, load]);

  const toggle = useCallback(() => {
    const next = !show;
    setChosen(next);
    if (signedIn) void callApi("/api/me/preferences", "PUT", { showSuggestions: next });
    else window.localStorage.setItem(VISITOR_KEY, next ? "1" : "0");
  }, [signedIn, show]);

  const refresh = useCallback(() => {
    if (show) void load();
  }, [show, load]);
  const remove = useCallback((id: string) => setSuggestions((current) => current.filter((s) => s.id !== id)), []);
  return { show, toggle, suggestions, refresh, remove, error };
}
