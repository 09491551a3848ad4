"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import type { DismissedSuggestion } from "@/lib/data/suggestions/dismissals";
import type { Suggestion } from "@/lib/data/suggestions/sentence-scores";
import { callApi } from "../../api-client";

const VISITOR_KEY = "claimmark.showSuggestions";
/** How long "Undo" is offered after a dismissal. */
const UNDO_MS = 8000;

const subscribeToStorage = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
};

/**
 * How many suggestions the reader underlines before "Show more": about the top quarter of the
 * document's sentences, or all those above the threshold, whichever is fewer. Underlining half a
 * document tells a person nothing; the API still answers every sentence above the threshold.
 */
export const quietCount = (aboveThreshold: number, sentences: number) =>
  Math.min(aboveThreshold, Math.ceil(sentences / 4));

/**
 * The reader's "Suggestions" toggle and the suggested claims it shows. Off by default; a
 * signed-in person's choice is saved on their account (PUT /api/me/preferences), a visitor's in
 * this browser. The list is loaded when the toggle is on, and again on `refresh`. Also: the
 * strongest band first ("Show more" for the rest), "Undo" for a few seconds after a dismissal,
 * and the dismissed ones for reviewers to restore.
 */
export function useSuggestions(slug: string, signedIn: boolean, initiallyShown: boolean) {
  // A visitor's choice lives in this browser (none on the server, so the first render matches it).
  const visitorChoice = useSyncExternalStore(
    subscribeToStorage,
    () => window.localStorage.getItem(VISITOR_KEY),
    () => null,
  );
  const t = useTranslations("Suggestions");
  const [chosen, setChosen] = useState<boolean | null>(null);
  const show = chosen ?? (signedIn ? initiallyShown : visitorChoice === "1");
  const [loaded, setLoaded] = useState<{ suggestions: Suggestion[]; sentenceCount: number }>({
    suggestions: [],
    sentenceCount: 0,
  });
  const [showAll, setShowAll] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState<DismissedSuggestion[] | null>(null);
  const [lastDismissed, setLastDismissed] = useState<Suggestion | null>(null);
  const [undone, setUndone] = useState<string | null>(null);
  // Restored or undone here: listed even below the strongest band, or the person who brought one
  // back would not see it come back (it would sit behind "Show more").
  const [broughtBack, setBroughtBack] = useState<ReadonlySet<string>>(new Set());
  const undoTimer = useRef<number | undefined>(undefined);

  const load = useCallback(
    () =>
      callApi<{ suggestions: Suggestion[]; sentenceCount: number }>(`/api/documents/${slug}/suggestions`, "GET").then(
        (result) => {
          if (!result.ok) return setError(t("loadFailed", { message: result.message }));
          setError(null);
          setLoaded({ suggestions: result.data.suggestions, sentenceCount: result.data.sentenceCount });
        },
      ),
    [slug, t],
  );
  const loadDismissed = useCallback(
    () =>
      callApi<{ dismissed: DismissedSuggestion[] }>(`/api/documents/${slug}/suggestions?dismissed=1`, "GET").then(
        (result) => (result.ok ? setDismissed(result.data.dismissed) : setError(result.message)),
      ),
    [slug],
  );

  useEffect(() => {
    if (show) void load();
  }, [show, load]);
  useEffect(() => () => window.clearTimeout(undoTimer.current), []);

  const toggle = useCallback(() => {
    const next = !show;
    setChosen(next);
    if (signedIn) void callApi("/api/me/preferences", "PUT", { showSuggestions: next });
    else window.localStorage.setItem(VISITOR_KEY, next ? "1" : "0");
  }, [signedIn, show]);

  const refresh = useCallback(() => {
    if (show) void load();
  }, [show, load]);
  const remove = useCallback(
    (id: string) =>
      setLoaded((current) => ({ ...current, suggestions: current.suggestions.filter((s) => s.id !== id) })),
    [],
  );
  /** After a dismissal went through: gone from the list, with "Undo" offered for a few seconds. */
  const dismissedOne = useCallback(
    (suggestion: Suggestion) => {
      remove(suggestion.id);
      setLastDismissed(suggestion);
      setUndone(null);
      window.clearTimeout(undoTimer.current);
      undoTimer.current = window.setTimeout(() => setLastDismissed(null), UNDO_MS);
      if (dismissed) void loadDismissed();
    },
    [remove, dismissed, loadDismissed],
  );
  const restore = useCallback(
    async (id: string) => {
      const result = await callApi(`/api/suggestions/${id}/restore`, "POST", {});
      if (!result.ok) return setError(result.message);
      if (lastDismissed?.id === id) {
        setLastDismissed(null);
        setUndone(id);
      }
      setBroughtBack((ids) => new Set(ids).add(id));
      await Promise.all([load(), dismissed ? loadDismissed() : Promise.resolve()]);
    },
    [load, dismissed, loadDismissed, lastDismissed],
  );

  const { suggestions, sentenceCount } = loaded;
  const quiet = quietCount(suggestions.length, sentenceCount);
  const shown = showAll ? suggestions : suggestions.filter((s, rank) => rank < quiet || broughtBack.has(s.id));
  return {
    show,
    toggle,
    /** Every suggestion above the threshold, best first. */
    suggestions,
    /** The ones underlined and listed now: the strongest band, or all after "Show more". */
    shown,
    hiddenCount: suggestions.length - shown.length,
    showingAll: showAll && suggestions.length > quiet,
    setShowAll,
    refresh,
    remove,
    dismissedOne,
    lastDismissed,
    /** The suggestion "Undo" just brought back, if any (the message says so). */
    undone,
    restore,
    dismissed,
    loadDismissed,
    error,
  };
}

export type SuggestionsView = ReturnType<typeof useSuggestions>;
